import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/api-error';
import {
  allKeys,
  formulaKeys,
  keyPattern,
  move,
  newField,
  problemPlace,
  startingDefinition,
  suggestKey,
  updateField,
} from './definition-edit';
import { isDefinitionRefusal, placeProblems } from './server-problems';

describe('suggestKey', () => {
  it('gives the first free key of the kind, matching the contract’s key pattern', () => {
    expect(suggestKey('number', [])).toBe('number_1');
    expect(suggestKey('number', ['number_1', 'number_3'])).toBe('number_2');
    expect(suggestKey('signature', ['signers_1'])).toBe('signers_2');
    expect(keyPattern.test(suggestKey('longText', []))).toBe(true);
  });
});

describe('newField', () => {
  it('fills the contract’s defaults for each kind', () => {
    expect(newField('computed', [], 'รวม')).toEqual({
      key: 'calc_1',
      labelTh: 'รวม',
      required: false,
      kind: 'computed',
      expression: '',
      decimals: 2,
    });
    expect(newField('signature', [], 'ผู้ติดตาม')).toMatchObject({ kind: 'signature', count: 1 });
    const table = newField('table', [], 'ตาราง');
    expect(table.kind === 'table' && table.columns.map((c) => c.key)).toEqual(['item']);
  });
});

describe('move', () => {
  it('moves up and down and leaves the ends alone', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('problemPlace', () => {
  it('reads dotted and bracketed paths, with or without the definition prefix', () => {
    expect(problemPlace('definition.sections.0.fields.2.expression')).toEqual({
      at: 'field',
      section: 0,
      field: 2,
      column: null,
    });
    expect(problemPlace('sections[1].fields[0].columns[3].key')).toEqual({
      at: 'field',
      section: 1,
      field: 0,
      column: 3,
    });
    expect(problemPlace('sections.2.titleTh')).toEqual({ at: 'section', section: 2 });
    expect(problemPlace('titleTh')).toEqual({ at: 'form' });
    expect(problemPlace(undefined)).toEqual({ at: 'form' });
  });
});

describe('formulaKeys and updateField', () => {
  it('lists the number and computed fields other than the one being edited', () => {
    let definition = startingDefinition('แบบทดสอบ');
    const a = newField('number', allKeys(definition), 'ก');
    definition = { ...definition, sections: [{ titleTh: 'ส่วนที่ 1', fields: [a] }] };
    const b = newField('computed', allKeys(definition), 'ข');
    const c = newField('text', [...allKeys(definition), b.key], 'ค');
    definition = { ...definition, sections: [{ titleTh: 'ส่วนที่ 1', fields: [a, b, c] }] };
    expect(formulaKeys(definition.sections[0]?.fields ?? [], 'calc_1').map((f) => f.key)).toEqual([
      'number_1',
    ]);
    const renamed = updateField(definition, 0, 2, (field) => ({ ...field, labelTh: 'หมายเหตุ' }));
    expect(renamed.sections[0]?.fields[2]?.labelTh).toBe('หมายเหตุ');
    expect(definition.sections[0]?.fields[2]?.labelTh).toBe('ค');
  });
});

describe('placeProblems', () => {
  it('places each of a refused definition’s rows on its field, column, section or header property', () => {
    const placed = placeProblems(
      new ApiError(422, {
        code: 'invalid_definition',
        message: 'แบบฟอร์มไม่ถูกต้อง: sections.0.fields.1.expression: ช่อง "รวม": ใช้ช่อง x ที่ไม่มีในแบบฟอร์ม',
        field: 'definition.sections.0.fields.1.expression',
        rows: [
          { row: 1, field: 'sections.0.fields.1.expression', message: 'ช่อง "รวม": ใช้ช่อง x ที่ไม่มีในแบบฟอร์ม' },
          {
            row: 2,
            field: 'sections.0.fields.1.levels.2',
            message: 'ช่อง "รวม": เกณฑ์ระดับ 3 ต้องมากกว่าเกณฑ์ระดับ 2',
          },
          { row: 3, field: 'sections.1.fields.0.columns.2.key', message: 'รหัสคอลัมน์ซ้ำ' },
          { row: 4, field: 'sections.2.titleTh', message: 'ต้องไม่เว้นว่าง' },
          { row: 5, field: 'titleTh', message: 'ต้องไม่เว้นว่าง' },
        ],
      }),
    );
    expect([...placed.fields]).toEqual(['0.1', '1.0']);
    // Two problems of one field are both shown; the joined text with its paths is not.
    expect(placed.messages.get('0.1')).toBe(
      'ช่อง "รวม": ใช้ช่อง x ที่ไม่มีในแบบฟอร์ม · ช่อง "รวม": เกณฑ์ระดับ 3 ต้องมากกว่าเกณฑ์ระดับ 2',
    );
    expect(placed.messages.get('1.0.2')).toBe('รหัสคอลัมน์ซ้ำ');
    expect(placed.sections.get(2)).toBe('ต้องไม่เว้นว่าง');
    expect([...placed.form]).toEqual([['titleTh', 'ต้องไม่เว้นว่าง']]);
    expect(placed.all).toHaveLength(5);
    expect(placed.all[4]).toEqual({ place: { at: 'form' }, property: 'titleTh', message: 'ต้องไม่เว้นว่าง' });
    expect(
      isDefinitionRefusal(new ApiError(422, { code: 'x', message: 'y', rows: [{ row: 1, message: 'z' }] })),
    ).toBe(true);
  });

  it('places a refusal without rows by its one field, and ignores what is not a refusal', () => {
    const conflict = new ApiError(409, {
      code: 'conflict',
      message: 'แบบฟอร์มที่เผยแพร่แล้วแก้ไขไม่ได้',
      field: 'status',
    });
    expect([...placeProblems(conflict).form]).toEqual([['status', 'แบบฟอร์มที่เผยแพร่แล้วแก้ไขไม่ได้']]);
    expect(isDefinitionRefusal(conflict)).toBe(false);
    expect(placeProblems(new Error('x')).all).toEqual([]);
    expect(placeProblems(new ApiError(500, { code: 'x', message: 'y' })).all).toEqual([]);
  });
});
