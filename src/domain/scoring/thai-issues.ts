import type { z } from 'zod';
import { unknownKeysTh } from '../forms/definition.ts';
import { thaiFieldName, thaiValueName } from './field-names.ts';

/** What the Thai messages call each JSON type. */
const TYPE_NAMES: Record<string, string> = {
  number: 'ตัวเลข',
  string: 'ข้อความ',
  boolean: 'ค่า true หรือ false',
  object: 'ออบเจ็กต์ {…}',
  array: 'รายการ […]',
  tuple: 'รายการ […]',
  record: 'ออบเจ็กต์ {…}',
};

export interface ThaiErrorOptions {
  /** Overrides the expected-type wording, e.g. 'ตัวเลข เช่น "89.30"'. */
  readonly expected?: string;
  /** A fixed item count, for tuples: "ต้องมี 5 ค่า". */
  readonly count?: number;
  /** Replaces the whole wording after the field's name, for a field with one way to be wrong: "ใช้กับเกณฑ์แบบนี้ไม่ได้". */
  readonly problem?: string;
}

/**
 * The field an issue is about, in Thai (thaiFieldName): ['criteria', 'thresholds', 2] → "เกณฑ์การให้คะแนน ค่าเกณฑ์ระดับที่ 3".
 * A schema parsed on its own (criteria taken out of a request) has no `root` key in its paths, so it is put in front;
 * nested anywhere (an HTTP body, a KPI file) the full path names it: "ตัวชี้วัดที่ 3 เกณฑ์การให้คะแนน …".
 */
function fieldLabel(path: readonly PropertyKey[], root: string): string {
  return thaiFieldName(root === '' || path.includes(root) ? path : [root, ...path]);
}

function received(input: unknown): string {
  return Array.isArray(input) ? ` (ได้รับ ${input.length} ค่า)` : '';
}

function isMissingDiscriminator(issue: z.core.$ZodRawIssue): boolean {
  if (issue.code !== 'invalid_union' || issue.discriminator === undefined) return false;
  const input = issue.input;
  return typeof input === 'object' && input !== null && !(issue.discriminator in input);
}

/** The allowed values in Thai, as the screens name them: "ต้องเป็นหนึ่งใน: สูงดี, ต่ำดี". */
function oneOf(issue: z.core.$ZodRawIssue, values: readonly unknown[]): string {
  const names = values.map((value) => thaiValueName(issue.path ?? [], value));
  return names.length === 1 ? `ต้องเป็น ${names[0]}` : `ต้องเป็นหนึ่งใน: ${names.join(', ')}`;
}

function problem(issue: z.core.$ZodRawIssue, options: ThaiErrorOptions): string {
  if (options.problem !== undefined) return options.problem;
  if (isMissingDiscriminator(issue)) return 'ต้องระบุ';
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    return 'ต้องระบุ';
  }
  switch (issue.code) {
    case 'invalid_type':
      return `ต้องเป็น${options.expected ?? TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_union': {
      const choices = 'options' in issue ? issue.options : undefined;
      return issue.discriminator !== undefined && Array.isArray(choices)
        ? oneOf(issue, choices)
        : `ต้องเป็น${options.expected ?? 'ค่าที่ถูกต้อง'}`;
    }
    case 'invalid_value':
      if (options.expected !== undefined) return `ต้องเป็น${options.expected}`;
      return oneOf(issue, issue.values);
    case 'unrecognized_keys':
      return unknownKeysTh(issue.keys);
    case 'too_small':
    case 'too_big':
      if (issue.origin === 'string') {
        return issue.code === 'too_small' ? 'ต้องไม่เว้นว่าง' : `ต้องยาวไม่เกิน ${issue.maximum} ตัวอักษร`;
      }
      if (options.count !== undefined) return `ต้องมี ${options.count} ค่า${received(issue.input)}`;
      return issue.code === 'too_small'
        ? `ต้องมีอย่างน้อย ${issue.minimum} ค่า${received(issue.input)}`
        : `ต้องมีไม่เกิน ${issue.maximum} ค่า${received(issue.input)}`;
    case 'custom':
      return String(issue.params?.reason ?? 'ไม่ถูกต้อง');
    default:
      return 'ไม่ถูกต้อง';
  }
}

/** Zod `error` option giving Thai messages that start with the field's Thai name: "เกณฑ์การให้คะแนน ค่าเกณฑ์แต่ละระดับ ต้องมี 5 ค่า". */
export function thaiErrors(root: string, options: ThaiErrorOptions = {}): { error: z.core.$ZodErrorMap } {
  return { error: (issue) => `${fieldLabel(issue.path ?? [], root)} ${problem(issue, options)}` };
}
