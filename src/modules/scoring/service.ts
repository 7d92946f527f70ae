import type { z } from 'zod';
import { criteriaSchema } from '../../domain/scoring/criteria.ts';
import { ScoringInputError } from '../../domain/scoring/errors.ts';
import { type EvaluationInput, evaluate } from '../../domain/scoring/evaluate.ts';
import { AppError } from '../../errors.ts';

/** A zod failure as the API's 422: the first issue's Thai message, and the path as the field. */
/**
 * A criteria refusal (422): the first issue's Thai message, its field under `prefix`; `itemTh` names the list item the
 * criteria belong to, in the words ("ตัวชี้วัดที่ 3 (ข้อ 2.1)"), where the message alone would not say which.
 */
export function unprocessable(error: z.ZodError, prefix = '', itemTh?: string): AppError {
  const issue = error.issues[0];
  const field = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  const message = issue?.message ?? 'เกณฑ์ไม่ถูกต้อง';
  return new AppError(
    422,
    'invalid_criteria',
    itemTh ? `${itemTh}: ${message}` : message,
    field || undefined,
  );
}

/** Runs the pure scorer, turning its Thai input errors into 422 answers. */
export function scoreOrRefuse<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ScoringInputError)
      throw new AppError(422, 'invalid_input', error.message, error.field);
    throw error;
  }
}

/** The calculator's stable answer: {level, score, next}; next is {level, value} for values, null at level 5. */
export function calculate(body: { criteria: unknown; interpolate?: boolean } & EvaluationInput) {
  const criteria = criteriaSchema.safeParse(body.criteria);
  if (!criteria.success) throw unprocessable(criteria.error);
  const { criteria: _c, interpolate, ...input } = body;
  const result = scoreOrRefuse(() =>
    evaluate(criteria.data, input, interpolate === undefined ? {} : { interpolate }),
  );
  const next = result.next;
  return {
    level: result.level,
    score: result.score,
    next:
      next === null
        ? null
        : next.kind === 'value'
          ? { level: next.level, value: next.value }
          : next.kind === 'steps'
            ? { level: next.level, steps: next.steps }
            : {
                level: next.level,
                conditions: next.conditions.map(({ measure, value, met }) => ({ measure, value, met })),
              },
  };
}
