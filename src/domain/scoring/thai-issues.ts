import type { z } from 'zod';

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
}

/**
 * The field an issue is about, named from `root`: ['criteria', 'thresholds', 2] → "criteria.thresholds[2]".
 * The path is cut at the last `root` key, so a criteria object nested anywhere (an HTTP body, a KPI file)
 * still names its fields "criteria.…". An empty root names the path as it is: ['targets', 'high'] → "targets.high".
 */
function fieldLabel(path: readonly PropertyKey[], root: string): string {
  const start = root === '' ? 0 : path.lastIndexOf(root) + 1;
  const rest = path
    .slice(start)
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('');
  if (root !== '') return `${root}${rest}`;
  return rest === '' ? 'ข้อมูล' : rest.replace(/^\./, '');
}

function received(input: unknown): string {
  return Array.isArray(input) ? ` (ได้รับ ${input.length} ค่า)` : '';
}

function isMissingDiscriminator(issue: z.core.$ZodRawIssue): boolean {
  if (issue.code !== 'invalid_union' || issue.discriminator === undefined) return false;
  const input = issue.input;
  return typeof input === 'object' && input !== null && !(issue.discriminator in input);
}

function problem(issue: z.core.$ZodRawIssue, options: ThaiErrorOptions): string {
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
        ? `ต้องเป็นหนึ่งใน: ${choices.map(String).join(', ')}`
        : `ต้องเป็น${options.expected ?? 'ค่าที่ถูกต้อง'}`;
    }
    case 'invalid_value':
      if (options.expected !== undefined) return `ต้องเป็น${options.expected}`;
      return issue.values.length === 1
        ? `ต้องเป็น ${String(issue.values[0])}`
        : `ต้องเป็นหนึ่งใน: ${issue.values.join(', ')}`;
    case 'unrecognized_keys':
      return `มีฟิลด์ที่ไม่รู้จัก: ${issue.keys.join(', ')}`;
    case 'too_small':
    case 'too_big':
      if (issue.origin === 'string') return 'ต้องไม่เว้นว่าง';
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

/** Zod `error` option giving Thai messages that start with the field name: "criteria.thresholds ต้องมี 5 ค่า". */
export function thaiErrors(root: string, options: ThaiErrorOptions = {}): { error: z.core.$ZodErrorMap } {
  return { error: (issue) => `${fieldLabel(issue.path ?? [], root)} ${problem(issue, options)}` };
}
