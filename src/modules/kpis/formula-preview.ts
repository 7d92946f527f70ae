import { FormulaError } from '../../domain/formula/errors.ts';
import { evaluateFormula } from '../../domain/formula/evaluate.ts';
import { type FormulaNode, formulaInputs, parseFormula } from '../../domain/formula/parse.ts';
import { IDENTIFIER } from '../../domain/formula/tokens.ts';
import { formulaErrorInWords, formulaWords, inputWord } from '../../domain/formula/words.ts';
import { criteriaSchema } from '../../domain/scoring/criteria.ts';
import { canonical, Dec } from '../../domain/scoring/decimal.ts';
import { ScoringInputError } from '../../domain/scoring/errors.ts';
import { evaluate } from '../../domain/scoring/evaluate.ts';
import type { FormulaPreviewBody } from './schemas.ts';

/** Places a previewed value shows: enough for 001 T3's "1.4775" (printed ๑.๔๘); the level uses the exact value. */
const PREVIEW_PLACES = 4;

type Input = FormulaPreviewBody['inputs'][number];

/** What is wrong with the declared inputs, row by row, in the editor's words (ข้อมูลแถวที่ 2: …). */
function inputProblems(inputs: readonly Input[]): string[] {
  return inputs.flatMap((input, index) => {
    const row = `ข้อมูลแถวที่ ${index + 1}`;
    const problems: string[] = [];
    if (input.labelTh.trim() === '') problems.push(`${row}: ต้องกรอกชื่อข้อมูล (ภาษาไทย)`);
    if (!IDENTIFIER.test(input.id)) {
      problems.push(`${row}: รหัสต้องขึ้นต้นด้วย a–z หรือ _ และมีได้เฉพาะ a–z, 0–9 และ _`);
    } else if (inputs.findIndex((other) => other.id === input.id) !== index) {
      problems.push(`${row}: รหัส "${input.id}" ซ้ำกับแถวก่อนหน้า`);
    }
    return problems;
  });
}

function read(expression: string): { node: FormulaNode } | { problem: string } {
  try {
    return { node: parseFormula(expression) };
  } catch (error) {
    if (error instanceof FormulaError) return { problem: error.message };
    throw error;
  }
}

/**
 * The formula editor's live preview: the formula in words, the value from sample inputs and, when the card's
 * criteria are complete, the level and score they give. Problems come back as Thai sentences naming the inputs
 * by their Thai names, so the editor shows them as they are; nothing here is saved.
 */
export function previewFormula(body: FormulaPreviewBody) {
  const labelOf = (id: string) => {
    const input = body.inputs.find((candidate) => candidate.id === id);
    return input && input.labelTh.trim() !== ''
      ? inputWord({ ...input, shortTh: input.shortTh || undefined })
      : id;
  };
  const problems = inputProblems(body.inputs);
  const parsed = read(body.expression);
  if ('problem' in parsed)
    return { words: null, value: null, evaluation: null, problems: [...problems, parsed.problem] };
  const used = formulaInputs(parsed.node);
  const declared = body.inputs.map((input) => input.id);
  for (const id of used.filter((name) => !declared.includes(name))) {
    problems.push(`สูตรใช้ "${id}" ซึ่งยังไม่มีในรายการข้อมูล: เพิ่มแถวข้อมูลที่มีรหัสนี้`);
  }
  body.inputs.forEach((input, index) => {
    if (IDENTIFIER.test(input.id) && !used.includes(input.id)) {
      problems.push(`ข้อมูลแถวที่ ${index + 1} (${labelOf(input.id)}) ยังไม่ได้ใช้ในสูตร`);
    }
  });
  const words = formulaWords(parsed.node, labelOf);
  const given = Object.fromEntries(Object.entries(body.values).filter(([, value]) => value.trim() !== ''));
  if (used.some((id) => !(id in given))) return { words, value: null, evaluation: null, problems };
  let exact: string;
  try {
    exact = evaluateFormula(parsed.node, given);
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    return {
      words,
      value: null,
      evaluation: null,
      problems: [...problems, formulaErrorInWords(error, labelOf)],
    };
  }
  const value = canonical(new Dec(exact).toDecimalPlaces(PREVIEW_PLACES));
  return { words, value, evaluation: scoreOf(body.criteria, exact), problems };
}

/** Level and score of the value under criteria that score one value; null for incomplete or other criteria. */
function scoreOf(criteria: unknown, value: string) {
  const parsed = criteriaSchema.safeParse(criteria);
  if (!parsed.success || !['threshold', 'bands', 'tiers'].includes(parsed.data.type)) return null;
  try {
    const result = evaluate(parsed.data, { value });
    return { level: result.level, score: result.score };
  } catch (error) {
    if (error instanceof ScoringInputError) return null;
    throw error;
  }
}
