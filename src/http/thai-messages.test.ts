import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { setThaiValidationMessages } from './thai-messages.ts';

setThaiValidationMessages();

const messagesOf = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe('validation messages', () => {
  it('asks for a missing value in Thai instead of "ควรเป็น string แต่ได้รับ undefined"', () => {
    expect(messagesOf(z.object({ code: z.string() }), {})).toEqual(['กรุณาระบุค่านี้']);
  });

  it('names the expected and the received kind in Thai', () => {
    expect(messagesOf(z.object({ n: z.number(), list: z.array(z.string()) }), { n: 'สิบ', list: 3 })).toEqual([
      'ประเภทข้อมูลไม่ถูกต้อง: ควรเป็นตัวเลข แต่ได้รับข้อความ',
      'ประเภทข้อมูลไม่ถูกต้อง: ควรเป็นรายการ แต่ได้รับตัวเลข',
    ]);
    expect(messagesOf(z.string(), null)).toEqual(['ประเภทข้อมูลไม่ถูกต้อง: ควรเป็นข้อความ แต่ได้รับค่าว่าง']);
  });

  it('keeps the Thai locale for every other message and a schema’s own message', () => {
    expect(messagesOf(z.enum(['a', 'b']), 'c')[0]).toMatch(/^ตัวเลือกไม่ถูกต้อง/);
    expect(messagesOf(z.string().min(2, 'สั้นเกินไป'), 'x')).toEqual(['สั้นเกินไป']);
    expect(messagesOf(z.string({ message: 'กรุณาระบุชื่อ' }), undefined)).toEqual(['กรุณาระบุชื่อ']);
  });
});
