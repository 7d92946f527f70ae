import { z } from 'zod';
import { fromThaiDigits } from '../domain/calendar/thai-digits.ts';
import { plainString } from './schemas.ts';

/** Shapes shared by the three registers' routes. */

export const round = z.coerce
  .number({ message: 'รอบการประเมินต้องเป็น 1 หรือ 2' })
  .int('รอบการประเมินต้องเป็น 1 หรือ 2')
  .refine((n): n is 1 | 2 => n === 1 || n === 2, 'รอบการประเมินต้องเป็น 1 หรือ 2');

export const unitCode = plainString().trim().min(1, 'กรุณาระบุรหัสหน่วยงาน').max(20);

export const unitQuery = z.object({ unit: unitCode });

/** Baht and satang as typed: Arabic or Thai digits, thousands commas allowed, at most 2 decimals. */
export const money = z
  .union([plainString(), z.number()])
  .transform((v) => fromThaiDigits(String(v).trim()).replaceAll(',', ''))
  .refine(
    (v) => /^\d{1,12}(\.\d{1,2})?$/.test(v),
    'ต้องเป็นจำนวนเงินบาท ไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง เช่น 489204.87',
  );

export const count = z.coerce.number().int('ต้องเป็นจำนวนเต็ม').min(0, 'ต้องไม่ติดลบ').max(100_000_000);

/** A list's free-text search: trimmed, 1–100 characters, matched as typed (% and _ are not wildcards). */
export const searchText = plainString()
  .trim()
  .min(1, 'คำค้นหาต้องมีอย่างน้อย 1 ตัวอักษร')
  .max(100, 'คำค้นหายาวเกิน 100 ตัวอักษร');

/** A yes/no filter of a query string, written true or false (z.coerce.boolean would read "false" as yes). */
export const yesNo = (label: string) =>
  z.enum(['true', 'false'], { message: `${label}ต้องเป็น true หรือ false` }).transform((v) => v === 'true');
