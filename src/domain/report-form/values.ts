import { canonical, parseDecimal } from '../scoring/decimal.ts';
import { isAttachment, minimumCount, type ReportField } from './field.ts';

/** What a district typed, by field id: numbers as canonical decimal strings, text trimmed. */
export type FormValues = Record<string, string>;

/** One thing wrong with a submission, in Thai, naming the field. */
export interface FieldProblem {
  readonly fieldId: string;
  readonly message: string;
}

const MAX_TEXT_LENGTH = 5000;

const isNumeric = (field: ReportField) => field.kind === 'number' || field.kind === 'kpi';

const notANumber = (field: ReportField) => `"${field.labelTh}" ต้องเป็นตัวเลข เช่น 12 หรือ 12.5 (ใช้เลขไทย ๑๒๓ ได้)`;

function numberProblem(field: ReportField, text: string): string | null {
  const value = parseDecimal(text);
  if (value === null) return notANumber(field);
  if (field.min !== undefined && value.lessThan(field.min))
    return `"${field.labelTh}" ต้องไม่น้อยกว่า ${field.min}`;
  if (field.max !== undefined && value.greaterThan(field.max))
    return `"${field.labelTh}" ต้องไม่มากกว่า ${field.max}`;
  return null;
}

/**
 * The values of a draft as stored: every key names a field of the form, numbers are numbers (Thai digits
 * ๐–๙ and thousands separators accepted, kept as exact decimals), empty entries dropped. Required fields
 * may still be missing: a draft is saved as typed (see `submissionProblems`).
 */
export function cleanValues(
  fields: readonly ReportField[],
  input: Readonly<Record<string, unknown>>,
): { values: FormValues; problems: FieldProblem[] } {
  const byId = new Map(fields.map((field) => [field.id, field]));
  const values: FormValues = {};
  const problems: FieldProblem[] = [];
  for (const [fieldId, raw] of Object.entries(input)) {
    const field = byId.get(fieldId);
    if (field === undefined) {
      problems.push({ fieldId, message: `แบบรายงานนี้ไม่มีช่องรหัส "${fieldId}"` });
      continue;
    }
    if (raw === null || raw === undefined || raw === '') continue;
    if (isAttachment(field)) {
      problems.push({ fieldId, message: `ช่อง "${field.labelTh}" ต้องแนบไฟล์ ไม่ใช่กรอกข้อความ` });
    } else if (typeof raw !== 'string' && typeof raw !== 'number') {
      problems.push({ fieldId, message: `"${field.labelTh}" ต้องเป็นข้อความหรือตัวเลข` });
    } else if (isNumeric(field)) {
      const text = String(raw).trim().replaceAll(',', '');
      if (text === '') continue;
      const value = parseDecimal(text);
      if (value === null) problems.push({ fieldId, message: notANumber(field) });
      else values[fieldId] = canonical(value);
    } else {
      const text = String(raw).trim();
      if (text.length > MAX_TEXT_LENGTH) {
        problems.push({ fieldId, message: `"${field.labelTh}" ยาวได้ไม่เกิน ${MAX_TEXT_LENGTH} ตัวอักษร` });
      } else if (text !== '') values[fieldId] = text;
    }
  }
  return { values, problems };
}

function attachmentProblem(field: ReportField, count: number): string | null {
  const noun = field.kind === 'photo' ? 'รูปถ่าย' : 'ไฟล์';
  const classifier = field.kind === 'photo' ? 'รูป' : 'ไฟล์';
  const min = minimumCount(field);
  if (count < min) {
    return `"${field.labelTh}" ต้องแนบ${noun}อย่างน้อย ${min} ${classifier} (แนบแล้ว ${count} ${classifier})`;
  }
  if (field.max !== undefined && count > field.max) {
    return `"${field.labelTh}" แนบ${noun}ได้ไม่เกิน ${field.max} ${classifier} (แนบแล้ว ${count} ${classifier})`;
  }
  return null;
}

/**
 * Everything that stops a report from being sent (seed 003 L995 "ส่งรายงานครบถ้วน ถูกต้อง": complete):
 * required values missing, numbers out of range, too few or too many photos and files. Form order.
 */
export function submissionProblems(
  fields: readonly ReportField[],
  values: Readonly<FormValues>,
  attachmentCounts: Readonly<Record<string, number>>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of fields) {
    let message: string | null = null;
    if (isAttachment(field)) {
      message = attachmentProblem(field, attachmentCounts[field.id] ?? 0);
    } else {
      const value = values[field.id];
      if (value === undefined) message = field.required ? `กรุณากรอก "${field.labelTh}"` : null;
      else if (isNumeric(field)) message = numberProblem(field, value);
    }
    if (message !== null) problems.push({ fieldId: field.id, message });
  }
  return problems;
}

/** Whether one more file fits the field: refused once it holds its maximum. */
export function attachmentRoomProblem(field: ReportField, countBefore: number): string | null {
  if (field.max === undefined || countBefore < field.max) return null;
  const noun = field.kind === 'photo' ? 'รูปถ่าย' : 'ไฟล์';
  const classifier = field.kind === 'photo' ? 'รูป' : 'ไฟล์';
  return `"${field.labelTh}" แนบ${noun}ได้ไม่เกิน ${field.max} ${classifier}`;
}
