import { z } from 'zod';
import { roles, unitKinds } from '../../db/schema.ts';
import { MIN_PASSWORD_LENGTH } from '../../domain/accounts/password-policy.ts';
import { rowVersionField, rowVersionOut } from '../../http/row-version.ts';
import { id, plainString } from '../../http/schemas.ts';

const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `รหัสผ่านต้องมีอย่างน้อย ${MIN_PASSWORD_LENGTH} ตัวอักษร`)
  .max(200);

export const newUserBody = z.object({
  username: z
    .string()
    .trim()
    .min(3, 'ชื่อผู้ใช้ต้องมีอย่างน้อย 3 ตัวอักษร')
    .max(64)
    .regex(/^[a-zA-Z0-9._-]+$/, 'ชื่อผู้ใช้ใช้ได้เฉพาะ a-z, 0-9, จุด ขีดกลาง และขีดล่าง'),
  password,
  displayName: plainString().trim().min(1, 'กรุณากรอกชื่อ-นามสกุล').max(200),
  positionTitle: plainString().trim().max(200).optional(),
  role: z.enum(roles, { message: 'บทบาทไม่ถูกต้อง' }),
  unitCode: plainString().trim().min(1, 'กรุณากรอกรหัสหน่วยงาน').max(20),
  email: z.email('อีเมลไม่ถูกต้อง').optional(),
});
export type NewUserInput = z.infer<typeof newUserBody>;

export const userChangesBody = z.object({
  displayName: plainString().trim().min(1).max(200).optional(),
  positionTitle: plainString().trim().max(200).nullable().optional(),
  role: z.enum(roles, { message: 'บทบาทไม่ถูกต้อง' }).optional(),
  unitCode: plainString().trim().min(1).max(20).optional(),
  email: z.email('อีเมลไม่ถูกต้อง').nullable().optional(),
  active: z.boolean().optional(),
  password: password.optional(),
  rowVersion: rowVersionField,
});
export type UserChangesInput = z.infer<typeof userChangesBody>;

export const userQuery = z.object({
  q: plainString().trim().max(100).optional(),
  role: z.enum(roles).optional(),
  unit: plainString().trim().max(20).optional(),
});

export const userIdParams = z.object({ id: id });

/** A user account as the admin screens show it (never the password hash). */
export const userView = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  positionTitle: z.string().nullable(),
  email: z.string().nullable(),
  role: z.enum(roles),
  active: z.boolean(),
  createdAt: z.string(),
  unit: z.object({
    id: z.number(),
    code: z.string(),
    kind: z.enum(unitKinds),
    nameTh: z.string(),
    nameEn: z.string().nullable(),
  }),
  rowVersion: rowVersionOut,
});

export const userListResponse = z.object({ items: z.array(userView) });
export const userResponse = z.object({ user: userView });
