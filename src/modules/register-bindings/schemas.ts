import { z } from 'zod';
import { registerMeasures } from '../../db/tables/registers.ts';
import { id, isoDate } from '../../http/schemas.ts';

export const bindingsQuery = z.object({ kpiSet: id });
export const kpiParams = z.object({ kpiId: id });
export const bindingBody = z.object({
  measure: z.enum(registerMeasures, { message: `ทะเบียนที่เชื่อมได้: ${registerMeasures.join(', ')}` }),
  /** The data date: budget events after it are left out; the women's fund takes the last snapshot on or before it. */
  asOf: isoDate,
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
