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
