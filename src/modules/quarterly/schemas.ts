import { z } from 'zod';
import { fiscalYear } from '../../http/schemas.ts';

export const reportParams = z.object({
  fiscalYear,
  quarter: z.coerce
    .number({ message: 'ไตรมาสต้องเป็นเลข 1 ถึง 4' })
    .int('ไตรมาสต้องเป็นเลข 1 ถึง 4')
    .min(1, 'ไตรมาสต้องเป็นเลข 1 ถึง 4')
    .max(4, 'ไตรมาสต้องเป็นเลข 1 ถึง 4'),
});

export const publishBody = z.object({
  confirmWarnings: z.boolean({ message: 'ยืนยันการเผยแพร่ต้องเป็น ใช่ หรือ ไม่ใช่' }).default(false),
});
