import { describe, expect, it } from 'vitest';
import { builtinForms } from './builtin.ts';
import type { FormDefinition } from './definition.ts';
import { checkValues, emptyValues } from './values.ts';

const builtin = (code: string): FormDefinition => {
  const found = builtinForms.find((form) => form.code === code);
  if (found === undefined) throw new Error(code);
  return found.definition;
};
const fund = builtin('fund-follow-up');
const strong = builtin('strong-subdistrict');

const draft = (definition: FormDefinition, values: unknown) =>
  checkValues(definition, values, { finishing: false });
const finish = (definition: FormDefinition, values: unknown) =>
  checkValues(definition, values, { finishing: true });

/** A small form with every kind, for the edge cases. */
const sample: FormDefinition = {
  titleTh: 'แบบทดสอบ',
  subject: 'subdistrict',
  sections: [
    {
      titleTh: 'ทั้งหมด',
      fields: [
        {
          key: 'amount',
          labelTh: 'จำนวนเงิน',
          required: true,
          kind: 'number',
          min: '0',
          max: '1000000',
          decimals: 2,
        },
        { key: 'households', labelTh: 'ครัวเรือน', required: false, kind: 'number', decimals: 0 },
        {
          key: 'per_household',
          labelTh: 'ต่อครัวเรือน',
          required: false,
          kind: 'computed',
          expression: 'amount / households',
          decimals: 2,
        },
        { key: 'name', labelTh: 'ชื่อกลุ่ม', required: true, kind: 'text', maxLength: 10 },
        { key: 'visited', labelTh: 'วันที่ไปติดตาม', required: false, kind: 'date' },
        {
          key: 'result',
          labelTh: 'ผลการประเมิน',
          required: false,
          kind: 'choice',
          multiple: false,
          options: [
            { value: 'pass', labelTh: 'ผ่าน' },
            { value: 'fail', labelTh: 'ไม่ผ่าน' },
          ],
        },
        {
          key: 'channels',
          labelTh: 'ช่องทาง',
          required: false,
          kind: 'choice',
          multiple: true,
          options: [
            { value: 'line', labelTh: 'ไลน์' },
            { value: 'web', labelTh: 'เว็บไซต์' },
          ],
        },
        {
          key: 'capital_rows',
          labelTh: 'เงินทุน',
          required: false,
          kind: 'table',
          minRows: 2,
          maxRows: 3,
          columns: [
            { key: 'year', labelTh: 'ปี', required: true, kind: 'text' },
            { key: 'funds', labelTh: 'กองทุน', required: false, kind: 'number', min: '0', decimals: 0 },
            { key: 'amount', labelTh: 'เงิน', required: false, kind: 'number', decimals: 2 },
            {
              key: 'each',
              labelTh: 'ต่อกองทุน',
              required: false,
              kind: 'computed',
              expression: 'amount / funds',
              decimals: 2,
            },
          ],
        },
        { key: 'photos', labelTh: 'ภาพกิจกรรม', required: false, kind: 'photo', maxCount: 2 },
        { key: 'followers', labelTh: 'ผู้ติดตาม', required: true, kind: 'signature', count: 3 },
      ],
    },
  ],
};

describe('checkValues', () => {
  it('starts every field empty: null, or [] for lists', () => {
    expect(emptyValues(sample)).toEqual({
      amount: null,
      households: null,
      per_household: null,
      name: null,
      visited: null,
      result: null,
      channels: [],
      capital_rows: [],
      photos: [],
      followers: [],
    });
  });

  it('keeps a draft with required fields missing, but not wrong values', () => {
    expect(draft(sample, { name: 'กลุ่มออม' }).problems).toEqual([]);
    expect(
      draft(sample, {
        amount: '-1',
        households: '2.5',
        name: 'ยาวเกินสิบตัวอักษร',
        visited: '2566-02-30',
        result: 'maybe',
      }).problems,
    ).toEqual([
      { path: 'amount', messageTh: '"จำนวนเงิน" ต้องไม่น้อยกว่า 0' },
      { path: 'households', messageTh: '"ครัวเรือน" ต้องเป็นจำนวนเต็ม' },
      { path: 'name', messageTh: '"ชื่อกลุ่ม" ยาวได้ไม่เกิน 10 ตัวอักษร (กรอกแล้ว 18)' },
      { path: 'visited', messageTh: '"วันที่ไปติดตาม" ต้องเป็นวันที่ที่มีจริง' },
      { path: 'result', messageTh: '"ผลการประเมิน" ไม่มีตัวเลือก "maybe"' },
    ]);
    expect(draft(sample, { amount: '1000000.01' }).problems).toEqual([
      { path: 'amount', messageTh: '"จำนวนเงิน" ต้องไม่มากกว่า 1000000' },
    ]);
    expect(draft(sample, { amount: '12.345' }).problems[0]?.messageTh).toBe(
      '"จำนวนเงิน" มีทศนิยมได้ไม่เกิน 2 ตำแหน่ง',
    );
    expect(draft(sample, { amount: 'หนึ่งพัน' }).problems[0]?.messageTh).toBe(
      '"จำนวนเงิน" ต้องเป็นตัวเลข เช่น 12 หรือ 1,234.50 (ใช้เลขไทยได้)',
    );
  });

  it('wants required fields, named signers and enough rows when finishing', () => {
    const { problems } = finish(sample, {
      capital_rows: [{ year: '2566' }],
      followers: [
        { name: 'นางสาววิจิตร หลงชิน', position: 'ผอ.กลุ่มงานยุทธศาสตร์' },
        { name: ' ', position: 'พัฒนากร' },
      ],
    });
    expect(problems).toEqual([
      { path: 'amount', messageTh: 'กรุณากรอก "จำนวนเงิน"' },
      { path: 'name', messageTh: 'กรุณากรอก "ชื่อกลุ่ม"' },
      { path: 'capital_rows', messageTh: '"เงินทุน" ต้องมีอย่างน้อย 2 แถว (มี 1 แถว)' },
      { path: 'followers.1.name', messageTh: 'ลายมือชื่อที่ 2 ของผู้ติดตาม: กรุณากรอกชื่อ' },
    ]);
    expect(
      finish(sample, {
        amount: 1,
        name: 'ก',
        capital_rows: [{}, { year: '2566' }],
        followers: [{ name: '', position: '' }],
      }).problems,
    ).toEqual([
      { path: 'capital_rows.0.year', messageTh: 'กรุณากรอก "เงินทุน แถวที่ 1 ปี"' },
      { path: 'followers', messageTh: '"ผู้ติดตาม": กรุณากรอกชื่อผู้ลงนามอย่างน้อย 1 คน' },
    ]);
  });

  it('reads Thai digits and thousands separators, and stores canonical decimals', () => {
    const { values, problems } = draft(sample, {
      amount: '๑,๒๓๔.๕๐',
      households: ' 1,000 ',
      visited: '๒๐๒๓-๐๗-๒๖',
    });
    expect(problems).toEqual([]);
    expect(values).toMatchObject({
      amount: '1234.5',
      households: '1000',
      visited: '2023-07-26',
      per_household: '1.23',
    });
    expect(draft(sample, { amount: '1,23.5' }).problems[0]?.path).toBe('amount');
    expect(draft(sample, { amount: 12.5, name: 12 }).values).toMatchObject({ amount: '12.5', name: '12' });
  });

  it('recomputes computed fields, ignoring what the client sent; division by zero or a gap gives null', () => {
    expect(draft(sample, { amount: '100', households: '3', per_household: '999' }).values.per_household).toBe(
      '33.33',
    );
    expect(draft(sample, { amount: '100', households: '0' }).values.per_household).toBeNull();
    expect(draft(sample, { amount: '100' }).values.per_household).toBeNull();
    expect(draft(sample, { amount: '100', households: '0' }).problems).toEqual([]);
    expect(
      finish(sample, { amount: '100', households: '0' }).problems.map((problem) => problem.path),
    ).not.toContain('per_household');
  });

  it('computes within each table row, refuses rows beyond the maximum and drops unknown keys', () => {
    const { values, problems } = draft(sample, {
      capital_rows: [
        { year: '2544', funds: '๑๒', amount: '12', each: '5', colour: 'red' },
        { year: '2546', funds: '0', amount: '1' },
        { year: '2552', funds: '1.5' },
        { year: '2555' },
      ],
      unknown_field: 'x',
    });
    expect(values.unknown_field).toBeUndefined();
    expect(values.capital_rows).toEqual([
      { year: '2544', funds: '12', amount: '12', each: '1' },
      { year: '2546', funds: '0', amount: '1', each: null },
      { year: '2552', funds: null, amount: null, each: null },
    ]);
    expect(problems).toEqual([
      { path: 'capital_rows', messageTh: '"เงินทุน" มีได้ไม่เกิน 3 แถว (มี 4 แถว)' },
      { path: 'capital_rows.2.funds', messageTh: '"เงินทุน แถวที่ 3 กองทุน" ต้องเป็นจำนวนเต็ม' },
    ]);
  });

  it('checks choices, photos and signers', () => {
    expect(draft(sample, { channels: ['line', 'line', 'fax'] })).toMatchObject({
      values: { channels: ['line'] },
      problems: [{ path: 'channels', messageTh: '"ช่องทาง" ไม่มีตัวเลือก "fax"' }],
    });
    expect(draft(sample, { channels: 'web', result: 'pass' }).values).toMatchObject({
      channels: ['web'],
      result: 'pass',
    });
    expect(draft(sample, { photos: [3, 4, 5] }).problems).toEqual([
      { path: 'photos', messageTh: '"ภาพกิจกรรม" แนบรูปถ่ายได้ไม่เกิน 2 รูป (แนบแล้ว 3 รูป)' },
    ]);
    expect(draft(sample, { photos: ['a.jpg'] }).problems[0]?.messageTh).toBe('"ภาพกิจกรรม" มีรูปถ่ายที่ไม่ถูกต้อง');
    expect(draft(sample, { followers: [{}, {}, {}, { name: 'คนที่สี่' }] }).problems).toEqual([
      { path: 'followers', messageTh: '"ผู้ติดตาม" ลงนามได้ไม่เกิน 3 คน (มี 4 คน)' },
    ]);
    expect(draft(sample, { followers: [{ name: '  นายก  ', position: 5 }] })).toMatchObject({
      values: { followers: [{ name: 'นายก', position: '' }] },
      problems: [{ path: 'followers.0.position', messageTh: 'ลายมือชื่อที่ 1 ของผู้ติดตาม: ตำแหน่งต้องเป็นข้อความ' }],
    });
    expect(draft(sample, 'not an object').problems).toEqual([
      { path: '', messageTh: 'ข้อมูลแบบฟอร์มต้องเป็นออบเจ็กต์ของช่องและค่า' },
    ]);
  });
});

describe('the builtin forms of seed 000', () => {
  it('fund follow-up: juristic persons as a % of all funds (2 decimals), what remains, account 1 total', () => {
    const { values, problems } = draft(fund, {
      fund_total: '๒๑๓',
      juristic_funds: '150',
      round1_amount: '213',
      round2_amount: '4.6',
      round3_amount: '40.35',
      round4_amount: '1,000.00',
    });
    expect(problems).toEqual([]);
    expect(values).toMatchObject({
      juristic_percent: '70.42', // 150 × 100 ÷ 213 = 70.4225…
      juristic_remaining: '63',
      account1_total: '1257.95',
    });
    expect(draft(fund, { fund_total: '0', juristic_funds: '0' }).values.juristic_percent).toBeNull();
    expect(draft(fund, { fund_total: '-1' }).problems).toEqual([
      { path: 'fund_total', messageTh: '"กองทุนหมู่บ้านและชุมชนเมือง ทั้งสิ้น" ต้องไม่น้อยกว่า 0' },
    ]);
  });

  it('fund follow-up finishes with the total, the informant and a follower named', () => {
    expect(finish(fund, {}).problems.map((problem) => problem.path)).toEqual([
      'fund_total',
      'informant',
      'followers',
    ]);
    expect(
      finish(fund, {
        fund_total: 213,
        informant: [{ name: 'นายสมชาย ใจดี', position: 'พัฒนาการอำเภอวารินชำราบ' }],
        followers: [{ name: 'นางสาววิจิตร หลงชิน', position: 'ผอ.กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน' }],
      }).problems,
    ).toEqual([]);
  });

  it('strong sub-district: total, percent of 300 and the level at 69.99 / 70 / 90 percent (000-I6 bands)', () => {
    const assess = (d1: string, d2: string, d3: string) => draft(strong, { d1, d2, d3 }).values;
    expect(assess('70', '70', '69.97')).toMatchObject({ total: '209.97', percent: '69.99', level: '0' });
    expect(assess('70', '70', '70')).toMatchObject({ total: '210', percent: '70', level: '1' });
    expect(assess('80', '85', '80')).toMatchObject({ total: '245', percent: '81.67', level: '3' });
    expect(assess('90', '90', '90')).toMatchObject({ total: '270', percent: '90', level: '5' });
    expect(assess('100', '100', '100')).toMatchObject({ percent: '100', level: '5' });
    expect(assess('70', '70', '')).toMatchObject({ total: null, percent: null, level: null });
    expect(draft(strong, { d1: '101' }).problems).toEqual([
      { path: 'd1', messageTh: '"มิติที่ ๑ ด้านความมั่นคง" ต้องไม่มากกว่า 100' },
    ]);
  });

  it('KPI follow-up keeps the agreement KPIs the server filled and refuses a malformed list', () => {
    const kpi = builtin('kpi-follow-up');
    const kpis = [
      { kpiId: 7, code: '1', nameTh: 'ร้อยละของการใช้จ่ายเงินงบประมาณ', weight: '50', score: '4.2', level: 4 },
    ];
    expect(draft(kpi, { kpis }).values.kpis).toEqual(kpis);
    expect(draft(kpi, { kpis: [{ kpiId: 'x' }] })).toMatchObject({
      values: { kpis: [] },
      problems: [{ path: 'kpis', messageTh: '"ตัวชี้วัด น้ำหนัก (ร้อยละ) และค่าคะแนน" มีข้อมูลตัวชี้วัดที่ไม่ถูกต้อง' }],
    });
  });
});
