import { z } from 'zod';
import { savedRowVersionField, savedRowVersionOut } from '../../http/row-version.ts';
import { plainString } from '../../http/schemas.ts';

export const listQuery = z.object({
  unread: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const unitQuery = z.object({ unit: plainString().trim().min(1).max(20) });
export const unitParams = z.object({ unitCode: plainString().trim().min(1).max(20) });

/** A LINE group id as the Messaging API gives it ('C' and 32 hex digits); null removes the unit's group. */
export const lineGroupBody = z.object({
  groupId: z
    .string()
    .trim()
    .regex(/^C[0-9a-f]{32}$/, 'รหัสกลุ่มไลน์ต้องขึ้นต้นด้วย C ตามด้วยตัวอักษร 0-9 a-f 32 ตัว')
    .nullable(),
  /** 0 when the unit had no group when it was loaded. */
  rowVersion: savedRowVersionField,
});

export const outboxQuery = z.object({
  status: z.enum(['pending', 'sent', 'failed']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

// ---------------------------------------------------------------- answers

export const notificationView = z.object({
  id: z.number(),
  at: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  readAt: z.string().nullable(),
});

/** The reader's notifications (newest first) and how many are unread. */
export const notificationListResponse = z.object({ unread: z.number(), items: z.array(notificationView) });

export const readAllResponse = z.object({ marked: z.number(), unread: z.number() });
export const unreadResponse = z.object({ unread: z.number() });

export const lineGroupsResponse = z.object({
  items: z.array(
    z.object({
      unitCode: z.string(),
      unitNameTh: z.string(),
      groupId: z.string(),
      rowVersion: savedRowVersionOut,
    }),
  ),
});

/** The unit's group after the save and its version (0 once removed). */
export const lineGroupResponse = z.object({
  unitCode: z.string(),
  groupId: z.string().nullable(),
  rowVersion: savedRowVersionOut,
});

export const outboxResponse = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      idempotencyKey: z.string(),
      channel: z.enum(['email', 'inapp', 'line']),
      recipient: z.string(),
      payload: z.unknown(),
      status: z.enum(['pending', 'sent', 'failed']),
      attempts: z.number(),
      nextAttemptAt: z.string(),
      lastError: z.string().nullable(),
      sentAt: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
