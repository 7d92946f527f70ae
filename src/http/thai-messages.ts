import { z } from 'zod';

/** Thai names of the value kinds zod names in English ("string", "undefined") inside its Thai messages. */
const kindTh: Readonly<Record<string, string>> = {
  string: 'ข้อความ',
  number: 'ตัวเลข',
  int: 'จำนวนเต็ม',
  bigint: 'ตัวเลข',
  boolean: 'ค่าใช่/ไม่ใช่',
  array: 'รายการ',
  object: 'ชุดข้อมูล',
  date: 'วันที่',
  null: 'ค่าว่าง',
  nan: 'ค่าที่ไม่ใช่ตัวเลข',
};

function kindOf(input: unknown): string {
  if (input === null) return 'ค่าว่าง';
  if (Array.isArray(input)) return 'รายการ';
  if (typeof input === 'number' && Number.isNaN(input)) return 'ค่าที่ไม่ใช่ตัวเลข';
  return kindTh[typeof input] ?? 'ค่าอื่น';
}

/**
 * zod's Thai locale, with its one English leak fixed: a wrong or missing value's kind ("ควรเป็น string แต่ได้รับ
 * undefined") reads in Thai, and a missing value says to give it. Every other message is the locale's.
 */
export function setThaiValidationMessages(): void {
  z.config(z.locales.th());
  z.config({
    customError: (issue) => {
      if (issue.code !== 'invalid_type') return undefined;
      if (issue.input === undefined) return 'กรุณาระบุค่านี้';
      return `ประเภทข้อมูลไม่ถูกต้อง: ควรเป็น${kindTh[issue.expected] ?? 'ค่าอื่น'} แต่ได้รับ${kindOf(issue.input)}`;
    },
  });
}
