import { z } from 'zod';
import { fromThaiDigits } from '../calendar/thai-digits.ts';
import { FormulaError } from '../formula/errors.ts';
import { evaluateFormula } from '../formula/evaluate.ts';
import { type FormulaNode, formulaInputs, parseFormula } from '../formula/parse.ts';
import { canonical, Dec, parseDecimal } from '../scoring/decimal.ts';
import {
  type ColumnField,
  type ComputedField,
  DEFAULT_LONG_TEXT_LENGTH,
  DEFAULT_TEXT_LENGTH,
  type FieldKey,
  type FormDefinition,
  type FormField,
  type FormProblem,
  formFields,
  type NumberField,
  type SignatureField,
  type TableField,
} from './definition.ts';

export type { FormProblem } from './definition.ts';

/** A scalar value: number/computed a canonical decimal string, text/longText/date a string, choice string(s). */
export type ScalarValue = string | string[] | null;
export type TableRow = Record<FieldKey, ScalarValue>;
export interface SignatureValue {
  name: string;
  position: string;
}

/** One KPI of the district's agreement with its weight and live score, as the server fills it (H3). */
export const agreementKpiValueSchema = z.strictObject({
  kpiId: z.number().int().positive(),
  code: z.string().max(50),
  nameTh: z.string().max(2000),
  weight: z.string().max(40),
  score: z.string().max(40).nullable(),
  level: z.number().int().min(0).max(5).nullable(),
});
export type AgreementKpiValue = z.output<typeof agreementKpiValueSchema>;

/**
 * The values of a filled form by field key. number/computed: decimal string|null; text/longText/date:
 * string|null; choice: string|string[]|null; table: rows; photo: file ids; signature: signers;
 * agreementKpis: the district's KPIs.
 */
export type FormValues = Record<FieldKey, unknown>;

const SIGNER_TEXT_LENGTH = 200;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Scalar = Exclude<ColumnField, ComputedField> | Extract<FormField, { kind: 'longText' }>;

interface Context {
  readonly finishing: boolean;
  readonly problems: FormProblem[];
}

const isBlank = (raw: unknown) =>
  raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');

/** "1,234.50", "๑๒๓", 12.5 → the exact decimal; null when it is not a number. */
export function readNumber(raw: unknown): Dec | null {
  if (typeof raw === 'number') return parseDecimal(raw);
  if (typeof raw !== 'string') return null;
  const text = fromThaiDigits(raw.trim());
  return parseDecimal(GROUPED.test(text) ? text.replaceAll(',', '') : text);
}

function numberProblem(field: NumberField, value: Dec): string | null {
  if (field.min !== undefined && value.lessThan(new Dec(field.min))) {
    return `"${field.labelTh}" ต้องไม่น้อยกว่า ${field.min}`;
  }
  if (field.max !== undefined && value.greaterThan(new Dec(field.max))) {
    return `"${field.labelTh}" ต้องไม่มากกว่า ${field.max}`;
  }
  if (value.decimalPlaces() > field.decimals) {
    return field.decimals === 0
      ? `"${field.labelTh}" ต้องเป็นจำนวนเต็ม`
      : `"${field.labelTh}" มีทศนิยมได้ไม่เกิน ${field.decimals} ตำแหน่ง`;
  }
  return null;
}

function validDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2200 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** One scalar value read, or null with a problem pushed. Missing required values are the caller's. */
function readScalar(field: Scalar, raw: unknown, path: string, context: Context): ScalarValue {
  const fail = (messageTh: string): null => {
    context.problems.push({ path, messageTh });
    return null;
  };
  if (field.kind === 'choice' && field.multiple) {
    if (raw === null || raw === undefined) return [];
    const list = Array.isArray(raw) ? raw : [raw];
    const allowed = new Set(field.options.map((option) => option.value));
    const chosen = list.filter((item): item is string => typeof item === 'string' && item !== '');
    const unknown = list.find((item) => typeof item !== 'string' || (item !== '' && !allowed.has(item)));
    if (unknown !== undefined) {
      fail(`"${field.labelTh}" ไม่มีตัวเลือก ${JSON.stringify(unknown)}`);
      return [...new Set(chosen.filter((item) => allowed.has(item)))];
    }
    return [...new Set(chosen)];
  }
  if (isBlank(raw)) return null;
  switch (field.kind) {
    case 'number': {
      const value = readNumber(raw);
      if (value === null) return fail(`"${field.labelTh}" ต้องเป็นตัวเลข เช่น 12 หรือ 1,234.50 (ใช้เลขไทยได้)`);
      const problem = numberProblem(field, value);
      return problem === null ? canonical(value) : fail(problem);
    }
    case 'text':
    case 'longText': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return fail(`"${field.labelTh}" ต้องเป็นข้อความ`);
      const text = String(raw).trim();
      const limit =
        field.maxLength ?? (field.kind === 'text' ? DEFAULT_TEXT_LENGTH : DEFAULT_LONG_TEXT_LENGTH);
      return text.length > limit
        ? fail(`"${field.labelTh}" ยาวได้ไม่เกิน ${limit} ตัวอักษร (กรอกแล้ว ${text.length})`)
        : text;
    }
    case 'date': {
      const text = typeof raw === 'string' ? fromThaiDigits(raw.trim()) : '';
      return validDate(text) ? text : fail(`"${field.labelTh}" ต้องเป็นวันที่ที่มีจริง`);
    }
    case 'choice': {
      const allowed = field.options.some((option) => option.value === raw);
      return allowed && typeof raw === 'string'
        ? raw
        : fail(`"${field.labelTh}" ไม่มีตัวเลือก ${JSON.stringify(raw)}`);
    }
  }
}

const isEmpty = (value: unknown) => value === null || (Array.isArray(value) && value.length === 0);

/**
 * Computes the computed fields of one scope (the form, or one table row) in dependency order. Inputs are the
 * exact values; each result is rounded half up to its decimals only for storing. A missing input or a
 * division by zero gives null. With levels the value is the level 0–5 the exact value reaches.
 */
function computeScope(
  fields: readonly (FormField | ColumnField)[],
  values: Record<FieldKey, unknown>,
  trees: Map<string, FormulaNode | null>,
): void {
  const exact = new Map<string, Dec | null>();
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const exactValue = (key: string, depth: number): Dec | null => {
    const known = exact.get(key);
    if (known !== undefined) return known;
    const field = byKey.get(key);
    let result: Dec | null = null;
    if (field?.kind === 'number') {
      const raw = values[key];
      result = typeof raw === 'string' ? parseDecimal(raw) : null;
    } else if (field?.kind === 'computed' && depth < fields.length + 1) {
      result = evaluateField(field, (input) => exactValue(input, depth + 1));
    }
    exact.set(key, result);
    return result;
  };
  const evaluateField = (field: ComputedField, input: (key: string) => Dec | null): Dec | null => {
    let tree = trees.get(field.expression);
    if (tree === undefined) {
      try {
        tree = parseFormula(field.expression);
      } catch {
        tree = null;
      }
      trees.set(field.expression, tree);
    }
    if (tree === null) return null;
    const inputs: Record<string, string> = {};
    for (const key of formulaInputs(tree)) {
      const value = input(key);
      if (value === null) return null;
      inputs[key] = canonical(value);
    }
    try {
      return new Dec(evaluateFormula(tree, inputs));
    } catch (error) {
      if (error instanceof FormulaError) return null;
      throw error;
    }
  };
  for (const field of fields) {
    if (field.kind !== 'computed') continue;
    const value = exactValue(field.key, 0);
    if (value === null) values[field.key] = null;
    else if (field.levels !== undefined) {
      const reached = field.levels.filter((level) => value.greaterThanOrEqualTo(new Dec(level))).length;
      values[field.key] = String(reached);
    } else values[field.key] = canonical(value.toDecimalPlaces(field.decimals, Dec.ROUND_HALF_UP));
  }
}

const asRecord = (raw: unknown): Record<string, unknown> | null =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;

function readTable(
  field: TableField,
  raw: unknown,
  context: Context,
  trees: Map<string, FormulaNode | null>,
): TableRow[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) {
    context.problems.push({ path: field.key, messageTh: `"${field.labelTh}" ต้องเป็นรายการแถว` });
    return [];
  }
  if (raw.length > field.maxRows) {
    context.problems.push({
      path: field.key,
      messageTh: `"${field.labelTh}" มีได้ไม่เกิน ${field.maxRows} แถว (มี ${raw.length} แถว)`,
    });
  }
  return raw.slice(0, field.maxRows).map((rawRow, index) => {
    const cells = asRecord(rawRow) ?? {};
    const row: TableRow = {};
    for (const column of field.columns) {
      if (column.kind === 'computed') continue;
      const path = `${field.key}.${index}.${column.key}`;
      const inRow = { ...column, labelTh: `${field.labelTh} แถวที่ ${index + 1} ${column.labelTh}` };
      const value = readScalar(
        inRow,
        Object.hasOwn(cells, column.key) ? cells[column.key] : null,
        path,
        context,
      );
      row[column.key] = value;
      if (context.finishing && column.required && isEmpty(value)) {
        context.problems.push({ path, messageTh: `กรุณากรอก "${inRow.labelTh}"` });
      }
    }
    computeScope(field.columns, row, trees);
    return row;
  });
}

function readPhotos(field: Extract<FormField, { kind: 'photo' }>, raw: unknown, context: Context): number[] {
  if (raw === null || raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  const ids = list.filter((id): id is number => Number.isSafeInteger(id) && (id as number) > 0);
  if (ids.length !== list.length) {
    context.problems.push({ path: field.key, messageTh: `"${field.labelTh}" มีรูปถ่ายที่ไม่ถูกต้อง` });
  }
  const unique = [...new Set(ids)];
  if (unique.length > field.maxCount) {
    context.problems.push({
      path: field.key,
      messageTh: `"${field.labelTh}" แนบรูปถ่ายได้ไม่เกิน ${field.maxCount} รูป (แนบแล้ว ${unique.length} รูป)`,
    });
    return unique.slice(0, field.maxCount);
  }
  return unique;
}

function readSigners(field: SignatureField, raw: unknown, context: Context): SignatureValue[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) {
    context.problems.push({ path: field.key, messageTh: `"${field.labelTh}" ต้องเป็นรายชื่อผู้ลงนาม` });
    return [];
  }
  if (raw.length > field.count) {
    context.problems.push({
      path: field.key,
      messageTh: `"${field.labelTh}" ลงนามได้ไม่เกิน ${field.count} คน (มี ${raw.length} คน)`,
    });
  }
  return raw.slice(0, field.count).map((rawSigner, index) => {
    const signer = asRecord(rawSigner) ?? {};
    const which = field.count > 1 ? `ลายมือชื่อที่ ${index + 1} ของ${field.labelTh}` : field.labelTh;
    const text = (part: 'name' | 'position', partTh: string): string => {
      const value = signer[part];
      if (value === undefined || value === null) return '';
      if (typeof value !== 'string') {
        context.problems.push({
          path: `${field.key}.${index}.${part}`,
          messageTh: `${which}: ${partTh}ต้องเป็นข้อความ`,
        });
        return '';
      }
      const trimmed = value.trim();
      if (trimmed.length > SIGNER_TEXT_LENGTH) {
        context.problems.push({
          path: `${field.key}.${index}.${part}`,
          messageTh: `${which}: ${partTh}ยาวได้ไม่เกิน ${SIGNER_TEXT_LENGTH} ตัวอักษร`,
        });
        return trimmed.slice(0, SIGNER_TEXT_LENGTH);
      }
      return trimmed;
    };
    const value = { name: text('name', 'ชื่อ'), position: text('position', 'ตำแหน่ง') };
    if (context.finishing && value.name === '' && value.position !== '') {
      context.problems.push({ path: `${field.key}.${index}.name`, messageTh: `${which}: กรุณากรอกชื่อ` });
    }
    return value;
  });
}

function readAgreementKpis(field: FormField, raw: unknown, context: Context): AgreementKpiValue[] {
  if (raw === null || raw === undefined) return [];
  const parsed = z.array(agreementKpiValueSchema).safeParse(raw);
  if (parsed.success) return parsed.data;
  context.problems.push({ path: field.key, messageTh: `"${field.labelTh}" มีข้อมูลตัวชี้วัดที่ไม่ถูกต้อง` });
  return [];
}

function readField(
  field: FormField,
  raw: unknown,
  context: Context,
  trees: Map<string, FormulaNode | null>,
): unknown {
  switch (field.kind) {
    case 'computed':
      return null; // computed after every other field is read
    case 'table':
      return readTable(field, raw, context, trees);
    case 'photo':
      return readPhotos(field, raw, context);
    case 'signature':
      return readSigners(field, raw, context);
    case 'agreementKpis':
      return readAgreementKpis(field, raw, context);
    default:
      return readScalar(field, raw, field.key, context);
  }
}

function missingProblem(field: FormField, value: unknown): FormProblem | null {
  if (!field.required) return null;
  switch (field.kind) {
    case 'signature':
      return (value as SignatureValue[]).some((signer) => signer.name !== '')
        ? null
        : { path: field.key, messageTh: `"${field.labelTh}": กรุณากรอกชื่อผู้ลงนามอย่างน้อย 1 คน` };
    case 'table':
      return (value as TableRow[]).length > 0
        ? null
        : { path: field.key, messageTh: `กรุณากรอก "${field.labelTh}" อย่างน้อย 1 แถว` };
    case 'photo':
      return isEmpty(value)
        ? { path: field.key, messageTh: `กรุณาแนบ "${field.labelTh}" อย่างน้อย 1 รูป` }
        : null;
    case 'agreementKpis':
      return isEmpty(value)
        ? { path: field.key, messageTh: `"${field.labelTh}": ยังไม่มีตัวชี้วัดตามคำรับรอง` }
        : null;
    case 'computed':
      return value === null
        ? { path: field.key, messageTh: `"${field.labelTh}" คำนวณไม่ได้ กรุณากรอกช่องที่ใช้คำนวณให้ครบ` }
        : null;
    default:
      return isEmpty(value) ? { path: field.key, messageTh: `กรุณากรอก "${field.labelTh}"` } : null;
  }
}

/**
 * The values of a form as stored, and what is wrong with them, in form order.
 * - Drafts (`finishing: false`): wrong types, ranges, lengths and choices are problems; missing required
 *   fields are not: a draft is kept as typed.
 * - Finishing: also every required field filled, a table's rows at least its minRows, each signer with a
 *   position also named, a required signature with at least one named signer.
 * Computed fields are always recomputed (what the client sent for them is ignored). Unknown keys are dropped;
 * every field of the definition has a value in the result (null or [] when empty).
 */
export function checkValues(
  definition: FormDefinition,
  values: unknown,
  options: { finishing: boolean },
): { values: FormValues; problems: FormProblem[] } {
  const context: Context = { finishing: options.finishing, problems: [] };
  const input = asRecord(values);
  if (input === null && values !== null && values !== undefined) {
    context.problems.push({ path: '', messageTh: 'ข้อมูลแบบฟอร์มต้องเป็นออบเจ็กต์ของช่องและค่า' });
  }
  const fields = formFields(definition);
  const trees = new Map<string, FormulaNode | null>();
  const result: FormValues = {};
  for (const field of fields) {
    const raw = input !== null && Object.hasOwn(input, field.key) ? input[field.key] : null;
    result[field.key] = readField(field, raw, context, trees);
  }
  computeScope(fields, result, trees);
  if (options.finishing) {
    for (const field of fields) {
      const missing = missingProblem(field, result[field.key]);
      if (missing !== null) context.problems.push(missing);
      const rows = result[field.key];
      if (field.kind === 'table' && Array.isArray(rows) && rows.length < field.minRows && missing === null) {
        context.problems.push({
          path: field.key,
          messageTh: `"${field.labelTh}" ต้องมีอย่างน้อย ${field.minRows} แถว (มี ${rows.length} แถว)`,
        });
      }
    }
  }
  const order = new Map(fields.map((field, index) => [field.key, index]));
  const rank = (problem: FormProblem) => order.get(problem.path.split('.')[0] ?? '') ?? -1;
  return { values: result, problems: context.problems.sort((a, b) => rank(a) - rank(b)) };
}

/** The empty values of a form: what a new draft starts from before any prefill. */
export function emptyValues(definition: FormDefinition): FormValues {
  return checkValues(definition, {}, { finishing: false }).values;
}
