import { z } from 'zod';
import { text } from '../../http/schemas.ts';

/** The API contract of the draft → finished → amended lifecycle, shared by the visit plans and the meeting minutes. */

export const editionStatus = z.enum(['draft', 'finished']);

export const amendBody = z.object({ reason: text('เหตุผลที่แก้ไข', 500) });

/** A document's versions, oldest first, and what the user may do with the one shown (`editionHistory`). */
export const editionHistoryAnswer = {
  versions: z.array(
    z.object({
      id: z.number(),
      version: z.number(),
      status: editionStatus,
      updatedAt: z.string(),
      finishedAt: z.string().nullable(),
    }),
  ),
  canEdit: z.boolean(),
  canAmend: z.boolean(),
};
