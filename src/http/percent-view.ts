import { z } from 'zod';
import type { Percentage, PercentResult } from '../domain/registers/percentage.ts';

/** A percentage as the API answers it: the exact quotient and the seeds' two-decimal text. */
export const percentJson = (p: Percentage) => ({ exact: p.exact.toFixed(), text: p.text });

/** A percentage or the Thai reason it cannot be computed, as the API answers it. */
export const percentView = (p: PercentResult) => ({
  percent: p.percent ? percentJson(p.percent) : null,
  reason: p.reason,
});

/** The response shape of percentJson. */
export const percentShape = z.object({ exact: z.string(), text: z.string() });

/** The response shape of percentView. */
export const percentViewShape = z.object({ percent: percentShape.nullable(), reason: z.string().nullable() });
