import { z } from 'zod';
import { isoDate, PG_INT_MAX, plainString } from '../../http/schemas.ts';

export const auditQuery = z.object({
  entity: plainString().max(50).optional(),
  action: plainString().max(20).optional(),
  username: plainString().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(PG_INT_MAX).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** One page of the audit trail: who did what to which row of which unit, the row before and after (as stored). */
export const auditResponse = z.object({
  total: z.number(),
  items: z.array(
    z.object({
      id: z.number(),
      at: z.string(),
      user: z.object({ id: z.number(), username: z.string(), displayName: z.string() }).nullable(),
      action: z.string(),
      entity: z.string(),
      entityId: z.string().nullable(),
      unit: z.object({ code: z.string(), nameTh: z.string() }).nullable(),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});
