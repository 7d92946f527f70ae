import { z } from 'zod';
import { FormulaError } from '../formula/errors.ts';
import { type FormulaNode, formulaInputs, parseFormula } from '../formula/parse.ts';
import { parseDecimal } from '../scoring/decimal.ts';

/**
 * A follow-up form template (issue R2-5 §2): sections of typed fields that a small designer builds and the
 * fill page renders. The three forms of seed 000 (builtin.ts) are written in it. Pure: no I/O.
 *
 * Every zod message is Thai and says what is wrong; `checkDefinition` pairs it with the path of the field
 * ("sections.1.fields.3.expression"), and cross-field messages name the field's Thai label.
 */

/** A field's key: lower-case ASCII, digits and "_", starting with a letter, at most 40 characters. */
export const FIELD_KEY = /^[a-z][a-z0-9_]{0,39}$/;
export type FieldKey = string;

export const MAX_TABLE_ROWS = 200;
export const MAX_PHOTOS = 10;
export const MAX_SIGNERS = 3;
export const DEFAULT_TEXT_LENGTH = 500;
export const DEFAULT_LONG_TEXT_LENGTH = 5000;
const MAX_LABEL_LENGTH = 300;

/** What the community-fund register can prefill; H3 maps those the register holds, the rest prefill nothing. */
export const communityFundMeasures = [
  'fundsTotal',
  'villageFunds',
  'urbanFunds',
  'militaryFunds',
  'juristicFunds',
  'round1Funds',
  'round1Amount',
  'round2Funds',
  'round2Amount',
  'round3Funds',
  'round3Amount',
  'round4Funds',
  'round4Amount',
  'savingsFunds',
  'savingsAmount',
] as const;
export type CommunityFundMeasure = (typeof communityFundMeasures)[number];

/** The Thai name of each measure (messages; the designer's list names them alike). */
const communityFundMeasureNamesTh: Readonly<Record<CommunityFundMeasure, string>> = {
  fundsTotal: 'จำนวนกองทุนทั้งหมด',
  villageFunds: 'กองทุนหมู่บ้าน',
  urbanFunds: 'กองทุนชุมชนเมือง',
  militaryFunds: 'กองทุนทหาร',
  juristicFunds: 'กองทุนที่เป็นนิติบุคคล',
  round1Funds: 'เพิ่มทุนระยะที่ 1 (กองทุน)',
  round1Amount: 'เพิ่มทุนระยะที่ 1 (บาท)',
  round2Funds: 'เพิ่มทุนระยะที่ 2 (กองทุน)',
  round2Amount: 'เพิ่มทุนระยะที่ 2 (บาท)',
  round3Funds: 'เพิ่มทุนระยะที่ 3 (กองทุน)',
  round3Amount: 'เพิ่มทุนระยะที่ 3 (บาท)',
  round4Funds: 'เพิ่มทุนระยะที่ 4 (กองทุน)',
  round4Amount: 'เพิ่มทุนระยะที่ 4 (บาท)',
  savingsFunds: 'กองทุนที่มีเงินออม (กองทุน)',
  savingsAmount: 'เงินออม (บาท)',
};

/** The allowed values of the definition's lists (prefill source and measure, the subject), as the designer names them. */
const valueNamesTh: Readonly<Record<string, string>> = {
  ...communityFundMeasureNamesTh,
  'community-funds': 'ทะเบียนกองทุนชุมชน',
  district: 'อำเภอ',
  subdistrict: 'ตำบล',
};

/** Keys the definition does not have, quoted as they were sent (the sender's own words). */
export const unknownKeysTh = (keys: readonly string[]) =>
  `มีช่องที่ระบบไม่รู้จัก: ${keys.map((key) => `"${key}"`).join(', ')}`;

export const fieldKinds = [
  'number',
  'text',
  'longText',
  'date',
  'choice',
  'computed',
  'table',
  'photo',
  'signature',
  'agreementKpis',
] as const;
export type FieldKind = (typeof fieldKinds)[number];

/** The Thai name of each kind, for messages and the designer. */
export const fieldKindNamesTh: Readonly<Record<FieldKind, string>> = {
  number: 'ตัวเลข',
  text: 'ข้อความสั้น',
  longText: 'ข้อความยาว',
  date: 'วันที่',
  choice: 'ตัวเลือก',
  computed: 'ช่องคำนวณ',
  table: 'ตาราง',
  photo: 'รูปถ่าย',
  signature: 'ลายมือชื่อ',
  agreementKpis: 'ตัวชี้วัดตามคำรับรอง',
};

/** Thai for zod's own issues; the path is added by checkDefinition. */
function thaiIssue(issue: z.core.$ZodRawIssue): string {
  if (issue.input === undefined && issue.code !== 'custom' && issue.code !== 'unrecognized_keys') {
    return 'ต้องระบุ';
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int'
        ? 'ต้องเป็นตัวเลข'
        : issue.expected === 'boolean'
          ? 'ต้องเป็น true หรือ false'
          : issue.expected === 'array'
            ? 'ต้องเป็นรายการ'
            : issue.expected === 'object'
              ? 'ต้องเป็นออบเจ็กต์'
              : 'ต้องเป็นข้อความ';
    case 'invalid_union':
      return issue.discriminator === 'kind'
        ? `ชนิดช่องต้องเป็นหนึ่งใน: ${fieldKinds.map((kind) => fieldKindNamesTh[kind]).join(', ')}`
        : 'ไม่ถูกต้อง';
    case 'invalid_value': {
      const names = issue.values.map((value) => valueNamesTh[String(value)] ?? String(value));
      return names.length === 1 ? `ต้องเป็น ${names[0]}` : `ต้องเป็นหนึ่งใน: ${names.join(', ')}`;
    }
    case 'unrecognized_keys':
      return unknownKeysTh(issue.keys);
    case 'invalid_format':
      return 'รหัสช่องต้องขึ้นต้นด้วย a–z และมีได้เฉพาะ a–z, 0–9 และ _ ไม่เกิน 40 ตัวอักษร เช่น "fund_total"';
    case 'too_small':
      if (issue.origin === 'string') return 'ต้องไม่เว้นว่าง';
      if (issue.origin === 'array') return `ต้องมีอย่างน้อย ${issue.minimum} รายการ`;
      return `ต้องไม่น้อยกว่า ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `ยาวได้ไม่เกิน ${issue.maximum} ตัวอักษร`;
      if (issue.origin === 'array') return `มีได้ไม่เกิน ${issue.maximum} รายการ`;
      return `ต้องไม่มากกว่า ${issue.maximum}`;
    default:
      return 'ไม่ถูกต้อง';
  }
}
const t = { error: thaiIssue };

const label = z.string(t).trim().min(1, t).max(MAX_LABEL_LENGTH, t);
const key = z.string(t).regex(FIELD_KEY, t);
const int = (min: number, max: number) => z.number(t).int(t).min(min, t).max(max, t);
const decimalText = z.string(t).refine((text) => parseDecimal(text) !== null, {
  message: 'ต้องเป็นตัวเลข เช่น "100" หรือ "0.5"',
});

const base = {
  key,
  labelTh: label,
  helpTh: z.string(t).trim().max(1000, t).optional(),
  required: z.boolean(t),
};

const numberField = z.strictObject(
  {
    ...base,
    kind: z.literal('number', t),
    unit: z.string(t).trim().max(50, t).optional(),
    min: decimalText.optional(),
    max: decimalText.optional(),
    decimals: int(0, 4),
    prefill: z
      .strictObject({ source: z.literal('community-funds', t), measure: z.enum(communityFundMeasures, t) }, t)
      .optional(),
  },
  t,
);
const textField = z.strictObject(
  { ...base, kind: z.literal('text', t), maxLength: int(1, DEFAULT_TEXT_LENGTH).optional() },
  t,
);
const longTextField = z.strictObject(
  { ...base, kind: z.literal('longText', t), maxLength: int(1, DEFAULT_LONG_TEXT_LENGTH).optional() },
  t,
);
const dateField = z.strictObject({ ...base, kind: z.literal('date', t) }, t);
const choiceField = z.strictObject(
  {
    ...base,
    kind: z.literal('choice', t),
    options: z
      .array(z.strictObject({ value: z.string(t).trim().min(1, t).max(100, t), labelTh: label }, t), t)
      .min(1, t)
      .max(100, t),
    multiple: z.boolean(t),
  },
  t,
);
const computedField = z.strictObject(
  {
    ...base,
    kind: z.literal('computed', t),
    expression: z.string(t).trim().min(1, t).max(1000, t),
    decimals: int(0, 4),
    unit: z.string(t).trim().max(50, t).optional(),
    levels: z.tuple([decimalText, decimalText, decimalText, decimalText, decimalText], t).optional(),
  },
  t,
);
const columnField = z.discriminatedUnion(
  'kind',
  [numberField, textField, dateField, choiceField, computedField],
  t,
);
const tableField = z.strictObject(
  {
    ...base,
    kind: z.literal('table', t),
    columns: z.array(columnField, t).min(1, t).max(30, t),
    minRows: int(0, MAX_TABLE_ROWS),
    maxRows: int(1, MAX_TABLE_ROWS),
  },
  t,
);
const photoField = z.strictObject({ ...base, kind: z.literal('photo', t), maxCount: int(1, MAX_PHOTOS) }, t);
const signatureField = z.strictObject(
  { ...base, kind: z.literal('signature', t), count: int(1, MAX_SIGNERS) },
  t,
);
const agreementKpisField = z.strictObject({ ...base, kind: z.literal('agreementKpis', t) }, t);

const formField = z.discriminatedUnion(
  'kind',
  [
    numberField,
    textField,
    longTextField,
    dateField,
    choiceField,
    computedField,
    tableField,
    photoField,
    signatureField,
    agreementKpisField,
  ],
  t,
);

export type NumberField = z.output<typeof numberField>;
export type TextField = z.output<typeof textField>;
export type LongTextField = z.output<typeof longTextField>;
export type DateField = z.output<typeof dateField>;
export type ChoiceField = z.output<typeof choiceField>;
export type ComputedField = z.output<typeof computedField>;
export type ColumnField = z.output<typeof columnField>;
export type TableField = z.output<typeof tableField>;
export type PhotoField = z.output<typeof photoField>;
export type SignatureField = z.output<typeof signatureField>;
export type AgreementKpisField = z.output<typeof agreementKpisField>;
export type FormField = z.output<typeof formField>;

/** A field's location in the definition, for problems: ['sections', 1, 'fields', 3]. */
type Path = (string | number)[];

interface Located {
  readonly field: FormField | ColumnField;
  readonly path: Path;
}

const isNumeric = (field: FormField | ColumnField) => field.kind === 'number' || field.kind === 'computed';

/** "ช่อง "ร้อยละ" (percent)" */
const named = (field: FormField | ColumnField) => `ช่อง "${field.labelTh}"`;

/** Number fields: min ≤ max. Computed: levels strictly ascending. Choice: option values unique. Table: rows. */
function ownProblems(field: FormField | ColumnField, add: (path: Path, message: string) => void): void {
  if (field.kind === 'number' && field.min !== undefined && field.max !== undefined) {
    const [min, max] = [parseDecimal(field.min), parseDecimal(field.max)];
    if (min !== null && max !== null && min.greaterThan(max)) {
      add(['min'], `${named(field)}: ค่าต่ำสุด ${field.min} มากกว่าค่าสูงสุด ${field.max}`);
    }
  }
  if (field.kind === 'computed' && field.levels !== undefined) {
    const levels = field.levels.map((level) => parseDecimal(level));
    levels.forEach((level, index) => {
      const before = index === 0 ? null : levels[index - 1];
      if (level !== null && before != null && !level.greaterThan(before)) {
        add(
          ['levels', index],
          `${named(field)}: เกณฑ์ระดับ ${index + 1} (${field.levels?.[index]}) ต้องมากกว่าเกณฑ์ระดับ ${index} (${field.levels?.[index - 1]})`,
        );
      }
    });
  }
  if (field.kind === 'choice') {
    const values = field.options.map((option) => option.value);
    values.forEach((value, index) => {
      if (values.indexOf(value) !== index) {
        add(['options', index, 'value'], `${named(field)}: ค่าตัวเลือก "${value}" ซ้ำ`);
      }
    });
  }
  if (field.kind === 'table' && field.minRows > field.maxRows) {
    add(['minRows'], `${named(field)}: จำนวนแถวขั้นต่ำ ${field.minRows} มากกว่าจำนวนแถวสูงสุด ${field.maxRows}`);
  }
}

/**
 * Formulas of one scope (the form's top level, or one table's row): each names only number or computed keys
 * of that scope, and no formula reaches itself through others.
 */
function formulaProblems(scope: readonly Located[], add: (path: Path, message: string) => void): void {
  const byKey = new Map(scope.map((located) => [located.field.key, located]));
  const reads = new Map<string, string[]>();
  for (const { field, path } of scope) {
    if (field.kind !== 'computed') continue;
    let tree: FormulaNode;
    try {
      tree = parseFormula(field.expression);
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      add([...path, 'expression'], `${named(field)}: ${error.message}`);
      continue;
    }
    const inputs = formulaInputs(tree);
    const usable: string[] = [];
    for (const input of inputs) {
      const target = byKey.get(input)?.field;
      if (target === undefined) {
        add([...path, 'expression'], `${named(field)}: ใช้ช่อง ${input} ที่ไม่มีในแบบฟอร์ม`);
      } else if (!isNumeric(target)) {
        add(
          [...path, 'expression'],
          `${named(field)}: ใช้ช่อง ${input} ("${target.labelTh}") ซึ่งไม่ใช่ตัวเลขหรือช่องคำนวณ`,
        );
      } else usable.push(input);
    }
    reads.set(field.key, usable);
  }
  // A cycle: depth-first search over computed → computed reads (white/grey/black), each cycle reported once.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (current: string, trail: readonly string[]): void => {
    const seen = state.get(current);
    if (seen === 'done') return;
    if (seen === 'open') {
      const cycle = [...trail.slice(trail.indexOf(current)), current];
      const first = byKey.get(current);
      if (first !== undefined) {
        add([...first.path, 'expression'], `${named(first.field)}: สูตรวนกลับมาที่ตัวเอง (${cycle.join(' → ')})`);
      }
      return;
    }
    state.set(current, 'open');
    for (const next of reads.get(current) ?? []) {
      if (reads.has(next)) visit(next, [...trail, current]);
    }
    state.set(current, 'done');
  };
  for (const start of reads.keys()) visit(start, []);
}

const definitionObject = z.strictObject(
  {
    titleTh: label,
    subtitleTh: z.string(t).trim().max(MAX_LABEL_LENGTH, t).optional(),
    subject: z.enum(['district', 'subdistrict'], t),
    sections: z
      .array(z.strictObject({ titleTh: label, fields: z.array(formField, t).min(1, t).max(100, t) }, t), t)
      .min(1, t)
      .max(30, t),
  },
  t,
);

export const formDefinitionSchema = definitionObject.superRefine((definition, ctx) => {
  const add = (path: Path, message: string) =>
    ctx.addIssue({ code: 'custom', path, message, input: definition });
  const top: Located[] = definition.sections.flatMap((section, s) =>
    section.fields.map((field, f) => ({ field, path: ['sections', s, 'fields', f] })),
  );
  const seen = new Map<string, string>();
  for (const { field, path } of top) {
    const first = seen.get(field.key);
    if (first !== undefined) add([...path, 'key'], `รหัสช่อง ${field.key} ซ้ำกับ "${first}"`);
    else seen.set(field.key, field.labelTh);
    ownProblems(field, (rest, message) => add([...path, ...rest], message));
    if (field.kind === 'table') {
      const columns: Located[] = field.columns.map((column, c) => ({
        field: column,
        path: [...path, 'columns', c],
      }));
      const inTable = new Map<string, string>();
      for (const { field: column, path: columnPath } of columns) {
        const other = inTable.get(column.key);
        if (other !== undefined) {
          add([...columnPath, 'key'], `${named(field)}: รหัสคอลัมน์ ${column.key} ซ้ำกับ "${other}"`);
        } else inTable.set(column.key, column.labelTh);
        ownProblems(column, (rest, message) => add([...columnPath, ...rest], message));
      }
      formulaProblems(columns, add);
    }
  }
  formulaProblems(top, add);
});

export type FormDefinition = z.output<typeof definitionObject>;

/** The definition's shape without the cross-field checks: for response schemas and OpenAPI. */
export const formDefinitionShape = definitionObject;

/** One thing wrong with a definition or with the values of a form: where, and what in Thai. */
export interface FormProblem {
  /** "sections.1.fields.3.expression", "fund_total", "capital_rows.2.amount", "followers.1.name" */
  readonly path: string;
  readonly messageTh: string;
}

/** A definition read from JSON, or every problem with it (paths as "sections.1.fields.3.expression"). */
export function checkDefinition(
  input: unknown,
): { definition: FormDefinition; problems: [] } | { definition: null; problems: FormProblem[] } {
  const parsed = formDefinitionSchema.safeParse(input);
  if (parsed.success) return { definition: parsed.data, problems: [] };
  return {
    definition: null,
    problems: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), messageTh: issue.message })),
  };
}

/** The Thai name of each property a definition problem can point at. */
const propertyNamesTh: Readonly<Record<string, string>> = {
  titleTh: 'ชื่อ',
  subtitleTh: 'ชื่อรอง',
  subject: 'หน่วยงานที่ติดตาม',
  sections: 'ส่วนของแบบฟอร์ม',
  fields: 'ช่อง',
  key: 'รหัสช่อง',
  labelTh: 'ชื่อช่อง',
  helpTh: 'คำอธิบาย',
  required: 'ต้องกรอก',
  kind: 'ชนิดช่อง',
  unit: 'หน่วย',
  min: 'ค่าต่ำสุด',
  max: 'ค่าสูงสุด',
  decimals: 'จำนวนทศนิยม',
  prefill: 'ค่าตั้งต้นจากทะเบียน',
  source: 'แหล่งข้อมูล',
  measure: 'ตัวเลขจากทะเบียน',
  maxLength: 'ความยาวสูงสุด',
  options: 'ตัวเลือก',
  value: 'ค่า',
  multiple: 'เลือกได้หลายข้อ',
  expression: 'สูตร',
  levels: 'เกณฑ์ระดับ',
  columns: 'คอลัมน์',
  minRows: 'จำนวนแถวต่ำสุด',
  maxRows: 'จำนวนแถวสูงสุด',
  maxCount: 'จำนวนรูปสูงสุด',
  count: 'จำนวนผู้ลงนาม',
};

const ordinalsTh: Readonly<Record<string, string>> = {
  sections: 'ส่วนที่',
  fields: 'ช่องที่',
  columns: 'คอลัมน์ที่',
  options: 'ตัวเลือกที่',
  levels: 'ระดับที่',
};

/**
 * Where a definition problem is, in Thai, for people who never see code names: "sections.0.fields.2.expression" of a
 * definition whose third field is labelled "รวม" reads 'ส่วนที่ 1 ช่องที่ 3 "รวม" สูตร'. Unknown parts are kept as
 * written (a key the sender made up).
 */
export function problemPlaceTh(input: unknown, path: string): string {
  if (path === '') return 'แบบฟอร์ม';
  const words: string[] = [];
  let node: unknown = input;
  /** The list the previous part named ("fields"), waiting for its index. */
  let list: string | null = null;
  for (const part of path.split('.')) {
    const here = isRecord(node) ? node[part] : undefined;
    if (list !== null && /^\d+$/.test(part)) {
      const name = isRecord(here)
        ? [here.labelTh, here.titleTh].find((v) => typeof v === 'string')
        : undefined;
      const quoted = typeof name === 'string' && name.trim() !== '' ? ` "${name.trim()}"` : '';
      words.push(`${ordinalsTh[list]} ${Number(part) + 1}${quoted}`);
      list = null;
    } else {
      if (list !== null) words.push(propertyTh(list));
      list = Object.hasOwn(ordinalsTh, part) ? part : null;
      if (list === null) words.push(propertyTh(part));
    }
    node = here;
  }
  if (list !== null) words.push(propertyTh(list));
  return words.join(' ');
}

const propertyTh = (part: string): string =>
  Object.hasOwn(propertyNamesTh, part) ? (propertyNamesTh[part] ?? part) : part;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object';

/** Every top-level field of a definition, in form order. */
export function formFields(definition: FormDefinition): FormField[] {
  return definition.sections.flatMap((section) => section.fields);
}
