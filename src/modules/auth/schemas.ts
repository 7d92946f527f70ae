import { z } from 'zod';
import { roles } from '../../db/schema.ts';
import { plainString } from '../../http/schemas.ts';
import { unitView } from '../org-units/schemas.ts';

export const credentials = z.object({
  username: plainString().trim().min(1, 'กรุณากรอกชื่อผู้ใช้').max(100),
  password: plainString().min(1, 'กรุณากรอกรหัสผ่าน').max(200),
});

/** The signed-in user, their unit and scope, what they may do, and the token their writes must carry. */
export const meResponse = z.object({
  user: z.object({
    id: z.number(),
    username: z.string(),
    displayName: z.string(),
    positionTitle: z.string().nullable(),
    role: z.enum(roles),
    unit: unitView,
    scope: unitView,
    permissions: z.object({ manageUsers: z.boolean(), viewAudit: z.boolean(), editUnits: z.boolean() }),
  }),
  csrfToken: z.string(),
});
