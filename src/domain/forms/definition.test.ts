import { describe, expect, it } from 'vitest';
import { builtinForms } from './builtin.ts';
import { checkDefinition, type FormDefinition, type FormField, problemPlaceTh } from './definition.ts';

const form = (fields: readonly unknown[], more: readonly unknown[] = []): unknown => ({
  titleTh: 'แบบทดสอบ',
  subject: 'district',
  sections: [
    { titleTh: 'ส่วนที่ ๑', fields },
    ...(more.length > 0 ? [{ titleTh: 'ส่วนที่ ๒', fields: more }] : []),
  ],
});

const num = (key: string, labelTh = key): FormField => ({
  key,
  labelTh,
  required: false,
  kind: 'number',
  decimals: 0,
});
const calc = (key: string, expression: string, extra: object = {}): unknown => ({
  key,
  labelTh: `ผล ${key}`,
  required: false,
  kind: 'computed',
  expression,
  decimals: 2,
  ...extra,
});

const problems = (input: unknown) => checkDefinition(input).problems;

describe('checkDefinition', () => {
  it('accepts the three builtin forms of seed 000', () => {
    for (const { definition } of builtinForms) expect(problems(definition)).toEqual([]);
  });

  it('refuses bad keys with the path and a Thai message', () => {
    const found = problems(form([num('Fund'), num('1abc'), num('a'.repeat(41)), num('ok_1')]));
    expect(found.map((problem) => problem.path)).toEqual([
      'sections.0.fields.0.key',
      'sections.0.fields.1.key',
      'sections.0.fields.2.key',
    ]);
    expect(found[0]?.messageTh).toContain('รหัสช่องต้องขึ้นต้นด้วย a–z');
  });

  it('refuses a key used twice anywhere in the form, but lets two tables reuse a column key', () => {
    expect(problems(form([num('total', 'รวม')], [num('total', 'รวมอีก')]))).toEqual([
      { path: 'sections.1.fields.0.key', messageTh: 'รหัสช่อง total ซ้ำกับ "รวม"' },
    ]);
    const table = (key: string, columns: unknown[]) => ({
      key,
      labelTh: `ตาราง ${key}`,
      required: false,
      kind: 'table',
      columns,
      minRows: 0,
      maxRows: 10,
    });
    expect(problems(form([table('a', [num('amount')]), table('b', [num('amount')])]))).toEqual([]);
    expect(problems(form([table('a', [num('amount', 'เงิน'), num('amount', 'เงินอีก')])]))).toEqual([
      { path: 'sections.0.fields.0.columns.1.key', messageTh: 'ช่อง "ตาราง a": รหัสคอลัมน์ amount ซ้ำกับ "เงิน"' },
    ]);
  });

  it('refuses a formula naming a key the form lacks, or a field that is not a number', () => {
    const text = { key: 'note', labelTh: 'หมายเหตุ', required: false, kind: 'text' };
    expect(problems(form([num('a'), text, calc('x', 'a + total_x'), calc('y', 'note * 2')]))).toEqual([
      { path: 'sections.0.fields.2.expression', messageTh: 'ช่อง "ผล x": ใช้ช่อง total_x ที่ไม่มีในแบบฟอร์ม' },
      {
        path: 'sections.0.fields.3.expression',
        messageTh: 'ช่อง "ผล y": ใช้ช่อง note ("หมายเหตุ") ซึ่งไม่ใช่ตัวเลขหรือช่องคำนวณ',
      },
    ]);
    expect(problems(form([calc('x', '2 *')]))[0]?.messageTh).toMatch(/^ช่อง "ผล x": สูตรไม่ถูกต้องที่ตำแหน่ง/);
  });

  it('refuses cycles between computed fields, naming the loop once', () => {
    expect(problems(form([num('a'), calc('x', 'y + a'), calc('y', 'z * 2'), calc('z', 'x - 1')]))).toEqual([
      { path: 'sections.0.fields.1.expression', messageTh: 'ช่อง "ผล x": สูตรวนกลับมาที่ตัวเอง (x → y → z → x)' },
    ]);
    expect(problems(form([calc('x', 'x + 1')]))).toEqual([
      { path: 'sections.0.fields.0.expression', messageTh: 'ช่อง "ผล x": สูตรวนกลับมาที่ตัวเอง (x → x)' },
    ]);
    // A shared input is not a cycle.
    expect(problems(form([num('a'), calc('x', 'a * 2'), calc('y', 'x + a'), calc('z', 'x + y')]))).toEqual(
      [],
    );
  });

  it('checks a table row formula against the row only', () => {
    const table = {
      key: 'rows',
      labelTh: 'ตาราง',
      required: false,
      kind: 'table',
      columns: [num('funds'), calc('share', 'funds * 100 / fund_total')],
      minRows: 0,
      maxRows: 5,
    };
    expect(problems(form([num('fund_total'), table]))).toEqual([
      {
        path: 'sections.0.fields.1.columns.1.expression',
        messageTh: 'ช่อง "ผล share": ใช้ช่อง fund_total ที่ไม่มีในแบบฟอร์ม',
      },
    ]);
  });

  it('wants levels strictly ascending, bounds in order and rows within 200', () => {
    expect(
      problems(form([num('p'), calc('level', 'p', { levels: ['70', '75', '75', '85', '90'] })])),
    ).toEqual([
      {
        path: 'sections.0.fields.1.levels.2',
        messageTh: 'ช่อง "ผล level": เกณฑ์ระดับ 3 (75) ต้องมากกว่าเกณฑ์ระดับ 2 (75)',
      },
    ]);
    expect(problems(form([num('p'), calc('level', 'p', { levels: ['70', '75'] })]))[0]?.path).toBe(
      'sections.0.fields.1.levels',
    );
    expect(problems(form([{ ...num('n', 'จำนวน'), min: '10', max: '๕' }]))).toEqual([
      { path: 'sections.0.fields.0.min', messageTh: 'ช่อง "จำนวน": ค่าต่ำสุด 10 มากกว่าค่าสูงสุด ๕' },
    ]);
    expect(problems(form([{ ...num('n'), min: 'สิบ' }]))).toEqual([
      { path: 'sections.0.fields.0.min', messageTh: 'ต้องเป็นตัวเลข เช่น "100" หรือ "0.5"' },
    ]);
    const table = { key: 't', labelTh: 'ตาราง', required: false, kind: 'table', columns: [num('a')] };
    expect(problems(form([{ ...table, minRows: 0, maxRows: 201 }]))).toEqual([
      { path: 'sections.0.fields.0.maxRows', messageTh: 'ต้องไม่มากกว่า 200' },
    ]);
    expect(problems(form([{ ...table, minRows: 3, maxRows: 2 }]))[0]?.messageTh).toBe(
      'ช่อง "ตาราง": จำนวนแถวขั้นต่ำ 3 มากกว่าจำนวนแถวสูงสุด 2',
    );
  });

  it('names unknown kinds, missing labels, extra properties and repeated options in Thai', () => {
    const choice = {
      key: 'c',
      labelTh: 'ผล',
      required: false,
      kind: 'choice',
      multiple: false,
      options: [
        { value: 'pass', labelTh: 'ผ่าน' },
        { value: 'pass', labelTh: 'ไม่ผ่าน' },
      ],
    };
    expect(
      problems(
        form([
          { key: 'a', labelTh: 'ก', required: true, kind: 'slider' },
          { key: 'b', labelTh: '  ', required: true, kind: 'text' },
          { key: 'd', labelTh: 'ง', required: true, kind: 'photo', maxCount: 3, colour: 'red' },
          choice,
          { key: 'e', labelTh: 'จ', required: true, kind: 'signature', count: 4 },
        ]),
      ),
    ).toEqual([
      {
        path: 'sections.0.fields.0.kind',
        messageTh:
          'ชนิดช่องต้องเป็นหนึ่งใน: ตัวเลข, ข้อความสั้น, ข้อความยาว, วันที่, ตัวเลือก, ช่องคำนวณ, ตาราง, รูปถ่าย, ลายมือชื่อ, ' +
          'ตัวชี้วัดตามคำรับรอง',
      },
      { path: 'sections.0.fields.1.labelTh', messageTh: 'ต้องไม่เว้นว่าง' },
      { path: 'sections.0.fields.2', messageTh: 'มีช่องที่ระบบไม่รู้จัก: "colour"' },
      { path: 'sections.0.fields.4.count', messageTh: 'ต้องไม่มากกว่า 3' },
    ]);
    // Option values are checked once the fields' own shapes are right.
    expect(problems(form([choice]))).toEqual([
      { path: 'sections.0.fields.0.options.1.value', messageTh: 'ช่อง "ผล": ค่าตัวเลือก "pass" ซ้ำ' },
    ]);
    expect(problems(form([]))).toEqual([{ path: 'sections.0.fields', messageTh: 'ต้องมีอย่างน้อย 1 รายการ' }]);
    expect(problems({ sections: [] })).toEqual([
      { path: 'titleTh', messageTh: 'ต้องระบุ' },
      { path: 'subject', messageTh: 'ต้องระบุ' },
      { path: 'sections', messageTh: 'ต้องมีอย่างน้อย 1 รายการ' },
    ]);
  });

  it('names the allowed values of a list as the designer does, not as the API spells them', () => {
    const prefilled = (prefill: unknown) => form([{ ...num('a'), prefill }]);
    expect(problems(prefilled({ source: 'community-funds', measure: 'fundz' }))).toEqual([
      {
        path: 'sections.0.fields.0.prefill.measure',
        messageTh:
          'ต้องเป็นหนึ่งใน: จำนวนกองทุนทั้งหมด, กองทุนหมู่บ้าน, กองทุนชุมชนเมือง, กองทุนทหาร, กองทุนที่เป็นนิติบุคคล, ' +
          'เพิ่มทุนระยะที่ 1 (กองทุน), เพิ่มทุนระยะที่ 1 (บาท), เพิ่มทุนระยะที่ 2 (กองทุน), เพิ่มทุนระยะที่ 2 (บาท), ' +
          'เพิ่มทุนระยะที่ 3 (กองทุน), เพิ่มทุนระยะที่ 3 (บาท), เพิ่มทุนระยะที่ 4 (กองทุน), เพิ่มทุนระยะที่ 4 (บาท), ' +
          'กองทุนที่มีเงินออม (กองทุน), เงินออม (บาท)',
      },
    ]);
    expect(problems(prefilled({ source: 'budget', measure: 'fundsTotal' }))).toEqual([
      { path: 'sections.0.fields.0.prefill.source', messageTh: 'ต้องเป็น ทะเบียนกองทุนชุมชน' },
    ]);
    expect(problems({ ...(form([num('a')]) as object), subject: 'village' })).toEqual([
      { path: 'subject', messageTh: 'ต้องเป็นหนึ่งใน: อำเภอ, ตำบล' },
    ]);
  });

  it('returns the definition it accepted', () => {
    const input = form([num('a'), calc('b', 'a / 2')]);
    const checked = checkDefinition(input);
    expect(checked.definition).toEqual(input as FormDefinition);
  });
});

describe('problemPlaceTh', () => {
  const input = form(
    [
      num('a'),
      { key: 'pick', labelTh: 'ผลการดำเนินงาน', required: true, kind: 'choice', options: [{ value: 'x' }] },
    ],
    [
      {
        key: 'rows',
        labelTh: 'ทุนรอบต่าง ๆ',
        kind: 'table',
        columns: [{ key: 'amount', labelTh: 'จำนวนเงิน' }],
      },
    ],
  );

  it('names sections, fields, columns and options by their place and Thai label, and properties in Thai', () => {
    expect(problemPlaceTh(input, 'sections.0.fields.1.multiple')).toBe(
      'ส่วนที่ 1 "ส่วนที่ ๑" ช่องที่ 2 "ผลการดำเนินงาน" เลือกได้หลายข้อ',
    );
    expect(problemPlaceTh(input, 'sections.0.fields.1.options.0.labelTh')).toBe(
      'ส่วนที่ 1 "ส่วนที่ ๑" ช่องที่ 2 "ผลการดำเนินงาน" ตัวเลือกที่ 1 ชื่อช่อง',
    );
    expect(problemPlaceTh(input, 'sections.1.fields.0.columns.0.decimals')).toBe(
      'ส่วนที่ 2 "ส่วนที่ ๒" ช่องที่ 1 "ทุนรอบต่าง ๆ" คอลัมน์ที่ 1 "จำนวนเงิน" จำนวนทศนิยม',
    );
    expect(problemPlaceTh(input, 'subject')).toBe('หน่วยงานที่ติดตาม');
    expect(problemPlaceTh(input, 'sections')).toBe('ส่วนของแบบฟอร์ม');
    expect(problemPlaceTh(input, '')).toBe('แบบฟอร์ม');
  });

  it('keeps what it cannot place, and never throws on junk', () => {
    expect(problemPlaceTh(input, 'sections.7.fields.0.key')).toBe('ส่วนที่ 8 ช่องที่ 1 รหัสช่อง');
    expect(problemPlaceTh(null, 'sections.0.extra')).toBe('ส่วนที่ 1 extra');
    expect(problemPlaceTh('text', 'sections.x')).toBe('ส่วนของแบบฟอร์ม x');
    expect(problemPlaceTh({}, 'constructor.toString.0')).toBe('constructor toString 0');
  });
});
