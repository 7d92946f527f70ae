import { z } from 'zod';

const years = z.array(z.number());

/** The fiscal years (B.E.) each register holds at or below the unit, newest first. */
export const registerYearsResponse = z.object({
  unit: z.object({ code: z.string(), nameTh: z.string(), kind: z.string() }),
  budget: years,
  projects: years,
  households: years,
  debtRelief: years,
});
