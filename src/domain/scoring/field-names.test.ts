import { describe, expect, it } from 'vitest';
import { thaiFieldName, thaiFieldOf, thaiValueName } from './field-names.ts';

describe('Thai field names', () => {
  it('names a path in Thai, counting list positions from 1', () => {
    expect(thaiFieldName(['criteria', 'thresholds', 2])).toBe('เกณฑ์การให้คะแนน ค่าเกณฑ์ระดับที่ 3');
    expect(thaiFieldName(['kpis', 0, 'weight'])).toBe('ตัวชี้วัดที่ 1 น้ำหนัก');
    expect(thaiFieldName(['kpis', 2, 'criteria', 'measures', 1, 'thresholds'])).toBe(
      'ตัวชี้วัดที่ 3 เกณฑ์การให้คะแนน เงื่อนไขที่ 2 ค่าเกณฑ์แต่ละระดับ',
    );
    expect(thaiFieldName(['criteria', 'levels', 1, 0, 'label'])).toBe(
      'เกณฑ์การให้คะแนน ขั้นตอนของระดับที่ 2 รายการที่ 1 ชื่อ',
    );
  });

  it('reads a key by what holds it where the same key means two things', () => {
    expect(thaiFieldName(['kpis', 0, 'evidence', 1, 'levels'])).toBe('ตัวชี้วัดที่ 1 หลักฐานที่ 2 ระดับคะแนน');
    expect(thaiFieldName(['formula', 'inputs', 1, 'labelTh'])).toBe('สูตรสำหรับคำนวณอัตโนมัติ ข้อมูลที่ 2 ชื่อข้อมูล');
    expect(thaiFieldName(['formula', 'expression'])).toBe('สูตรสำหรับคำนวณอัตโนมัติ');
  });

  it('never shows a key it has no Thai name for', () => {
    expect(thaiFieldName(['targets', 'high'])).toBe('ค่าเป้าหมาย');
    expect(thaiFieldName(['agreements', 1, 'targets', '9502', 'T1'])).toBe('คำรับรองที่ 2 ค่าเป้าหมาย');
    expect(thaiFieldName(['somethingNew'])).toBe('ข้อมูล');
    expect(thaiFieldName([])).toBe('ข้อมูล');
    expect(thaiFieldName(['rows', 4])).toBe('รายการที่ 5');
  });

  it('reads the dotted fields of scoring errors', () => {
    expect(thaiFieldOf('value')).toBe('ผลการดำเนินงาน');
    expect(thaiFieldOf('lists[0].items[2].weight')).toBe('กลุ่มตัวชี้วัดที่ 1 รายการตัวชี้วัดที่ 3 น้ำหนัก');
    expect(thaiFieldOf('weights[3]')).toBe('น้ำหนักรายการที่ 4');
    expect(thaiFieldOf('measures.2024')).toBe('เงื่อนไข');
  });

  it('names an allowed value as the screens do, by the field that holds it', () => {
    expect(thaiValueName(['criteria', 'direction'], 'lower')).toBe('ต่ำดี');
    expect(thaiValueName(['kpis', 0, 'criteria', 'measures', 1, 'type'], 'project-defined')).toBe(
      'ตามโครงการที่เสนอ',
    );
    expect(thaiValueName(['agreements', 2, 'items', 0, 'section'], 'optional')).toBe('ตัวชี้วัดทางเลือก');
    expect(thaiValueName(['round'], 2)).toBe('2');
  });
});
