import { z } from 'zod';
import { registerMeasures } from '../../db/tables/registers.ts';
import { savedRowVersionField, savedRowVersionOut } from '../../http/row-version.ts';
import { id, isoDate } from '../../http/schemas.ts';

export const bindingsQuery = z.object({ kpiSet: id });
export const kpiParams = z.object({ kpiId: id });
export const bindingBody = z.object({
  measure: z.enum(registerMeasures, { message: `ทะเบียนที่เชื่อมได้: ${registerMeasures.join(', ')}` }),
  /** The data date: budget events after it are left out; the women's fund takes the last snapshot on or before it. */
  asOf: isoDate,
  /** 0 when the KPI was not bound when the form loaded. */
  rowVersion: savedRowVersionField,
});

/** A KPI bound to a register measure (presentBinding), as the registers' lists answer it. */
export const registerBinding = z.object({
  kpiId: z.number(),
  kpiKey: z.string(),
  kpiNameTh: z.string(),
  measure: z.enum(registerMeasures),
  measureLabelTh: z.string(),
  asOf: z.string(),
  recompute: z
    .object({ state: z.enum(['pending', 'failed']), requestedAt: z.string(), error: z.string().nullable() })
    .nullable(),
});

/** A stored result's inputs: the formula's (from a register or by hand), or the verified items and measures. */
const resultInputs = z
  .object({
    verified: z.array(z.string()).optional(),
    measures: z.record(z.string(), z.string()).optional(),
    formula: z.record(z.string(), z.string()).optional(),
  })
  .nullable();

/** The set's bound KPIs, each with its agents and their current result. */
export const bindingsResponse = z.object({
  items: z.array(
    registerBinding.extend({
      rowVersion: savedRowVersionOut,
      units: z.array(
        z.object({
          code: z.string(),
          nameTh: z.string(),
          result: z
            .object({
              value: z.string().nullable(),
              inputs: resultInputs,
              source: z.enum(['manual', 'report', 'register']),
              asOf: z.string(),
              note: z.string().nullable(),
            })
            .nullable(),
        }),
      ),
    }),
  ),
});

export const measuresResponse = z.object({
  items: z.array(
    z.object({ measure: z.enum(registerMeasures), labelTh: z.string(), inputs: z.array(z.string()) }),
  ),
});

/** A binding after it was made or recomputed, with each agent's new result or the reason it was skipped. */
export const recomputedResponse = z.object({
  binding: registerBinding,
  results: z.array(
    z.object({
      unit: z.object({ code: z.string(), nameTh: z.string() }),
      value: z.string().nullable(),
      inputs: z.record(z.string(), z.string()).nullable(),
      skipped: z.string().nullable(),
    }),
  ),
});

/** A binding just saved: its new version, to send with the next save from the same form. */
export const boundResponse = recomputedResponse.extend({ rowVersion: savedRowVersionOut });
