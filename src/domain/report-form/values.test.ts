import { describe, expect, it } from 'vitest';
import { type ReportField, reportFieldsSchema } from './field.ts';
import { attachmentRoomProblem, cleanValues, submissionProblems } from './values.ts';

const fields: ReportField[] = [
  { id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือน', unit: 'ครัวเรือน', required: true, min: 0 },
  { id: 'note', kind: 'text', labelTh: 'ปัญหาอุปสรรค', required: false },
  { id: 'spent', kind: 'kpi', labelTh: 'ร้อยละการใช้จ่ายงบประมาณ', required: false, kpiId: 7, max: 100 },
  { id: 'photos', kind: 'photo', labelTh: 'ภาพกิจกรรม', required: true, min: 3, max: 5 },
  { id: 'evidence', kind: 'file', labelTh: 'หลักฐาน', required: false },
];

describe('cleanValues', () => {
  it('turns Thai digits and separators into exact decimals and drops empty entries', () => {
    expect(cleanValues(fields, { households: '๑,๒๓๔', spent: 89.3, note: '  ไม่มี  ', evidence: '' })).toEqual({
      values: { households: '1234', spent: '89.3', note: 'ไม่มี' },
      problems: [],
    });
  });

  it('names the field that is not a number, an unknown field and a value typed into a photo field', () => {
    expect(cleanValues(fields, { households: 'สิบ', nope: '1', photos: 'x' }).problems).toEqual([
      { fieldId: 'households', message: '"จำนวนครัวเรือน" ต้องเป็นตัวเลข เช่น 12 หรือ 12.5 (ใช้เลขไทย ๑๒๓ ได้)' },
      { fieldId: 'nope', message: 'แบบรายงานนี้ไม่มีช่องรหัส "nope"' },
      { fieldId: 'photos', message: 'ช่อง "ภาพกิจกรรม" ต้องแนบไฟล์ ไม่ใช่กรอกข้อความ' },
    ]);
  });
});

describe('submissionProblems', () => {
  it('asks for required values, photo counts and numbers in range, in form order', () => {
    expect(submissionProblems(fields, { spent: '101' }, { photos: 2 })).toEqual([
      { fieldId: 'households', message: 'กรุณากรอก "จำนวนครัวเรือน"' },
      { fieldId: 'spent', message: '"ร้อยละการใช้จ่ายงบประมาณ" ต้องไม่มากกว่า 100' },
      { fieldId: 'photos', message: '"ภาพกิจกรรม" ต้องแนบรูปถ่ายอย่างน้อย 3 รูป (แนบแล้ว 2 รูป)' },
    ]);
  });

  it('accepts a complete report', () => {
    expect(submissionProblems(fields, { households: '12' }, { photos: 3 })).toEqual([]);
  });

  it('refuses a sixth photo where five is the most', () => {
    expect(attachmentRoomProblem(fields[3] as ReportField, 5)).toBe('"ภาพกิจกรรม" แนบรูปถ่ายได้ไม่เกิน 5 รูป');
    expect(attachmentRoomProblem(fields[3] as ReportField, 4)).toBeNull();
  });
});

describe('reportFieldsSchema', () => {
  it('refuses duplicate ids, a KPI field without its KPI and a photo count that is not whole', () => {
    const result = reportFieldsSchema.safeParse([
      { id: 'a', kind: 'number', labelTh: 'ก', required: true },
      { id: 'a', kind: 'kpi', labelTh: 'ข', required: true },
      { id: 'p', kind: 'photo', labelTh: 'ค', required: true, min: 1.5 },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'ช่องผลตัวชี้วัดต้องระบุตัวชี้วัด (kpiId)',
      'ช่อง "ค": จำนวนไฟล์ต้องเป็นจำนวนเต็ม 0–30',
      'รหัสช่อง "a" ซ้ำ',
    ]);
  });
});
