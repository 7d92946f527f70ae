import { describe, expect, it } from 'vitest';
import { formulaSchema } from './schema.ts';

function messages(formula: unknown): string[] {
  const result = formulaSchema.safeParse(formula);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

const overdue = {
  expression: 'overdue * 100 / outstanding',
  inputs: [
    { id: 'overdue', labelTh: 'หนี้เกินกำหนดชำระ (B)', labelEn: 'Overdue debt (B)', unit: 'บาท' },
    { id: 'outstanding', labelTh: 'ลูกหนี้คงเหลือ (A)', unit: 'บาท' },
  ],
};

describe('formulaSchema', () => {
  it('accepts a formula whose inputs are exactly the ones it uses', () => {
    expect(formulaSchema.parse({ ...overdue, expression: '  overdue * 100 / outstanding ' })).toEqual(
      overdue,
    );
  });

  it('names the position of a syntax error', () => {
    expect(messages({ ...overdue, expression: 'overdue * 100 / / outstanding' })).toEqual([
      'สูตรสำหรับคำนวณอัตโนมัติ สูตรไม่ถูกต้องที่ตำแหน่ง 17: ต้องเป็นตัวเลข ชื่อข้อมูล หรือวงเล็บ ( แต่พบ "/"',
    ]);
  });

  it('needs every identifier declared and every declared input used', () => {
    expect(messages({ ...overdue, expression: 'overdue * 100 / outstandng' })).toEqual([
      'สูตรสำหรับคำนวณอัตโนมัติ ข้อมูลในสูตร ใช้ข้อมูล outstandng ในสูตรแต่ไม่ได้ประกาศ',
      'สูตรสำหรับคำนวณอัตโนมัติ ข้อมูลที่ 2 รหัสในสูตร ไม่ได้ใช้ในสูตร: outstanding',
    ]);
  });

  it('checks ids, duplicates, labels and unknown fields', () => {
    expect(
      messages({
        expression: 'a + a',
        inputs: [
          { id: 'a', labelTh: 'ก' },
          { id: 'a', labelTh: 'ก' },
        ],
      }),
    ).toEqual(['สูตรสำหรับคำนวณอัตโนมัติ ข้อมูลที่ 2 รหัสในสูตร ซ้ำ: a']);
    expect(messages({ expression: 'a', inputs: [{ id: 'A', labelTh: ' ' }] })).toEqual([
      'สูตรสำหรับคำนวณอัตโนมัติ ข้อมูลที่ 1 รหัสในสูตร ต้องขึ้นต้นด้วย a–z หรือ _ และมีได้เฉพาะ a–z, 0–9 และ _',
      'สูตรสำหรับคำนวณอัตโนมัติ ข้อมูลที่ 1 ชื่อข้อมูล ต้องไม่เว้นว่าง',
      'สูตรสำหรับคำนวณอัตโนมัติ ข้อมูลในสูตร ใช้ข้อมูล a ในสูตรแต่ไม่ได้ประกาศ',
      'สูตรสำหรับคำนวณอัตโนมัติ ข้อมูลที่ 1 รหัสในสูตร ไม่ได้ใช้ในสูตร: A',
    ]);
    expect(messages({ expression: '100', inputs: [] })).toEqual([
      'สูตรสำหรับคำนวณอัตโนมัติ ข้อมูลในสูตร ต้องมีอย่างน้อย 1 ค่า (ได้รับ 0 ค่า)',
    ]);
    expect(messages({ ...overdue, note: 'x' })).toEqual(['สูตรสำหรับคำนวณอัตโนมัติ มีช่องที่ระบบไม่รู้จัก: "note"']);
    expect(messages({ inputs: overdue.inputs })).toEqual(['สูตรสำหรับคำนวณอัตโนมัติ ต้องระบุ']);
  });
});
