import type { ColumnField, ColumnKind, FieldKind, FormDefinition, FormField, FormSection } from './types';

/** Field kinds in the order the designer's "add a field" menu lists them. */
export const fieldKinds: FieldKind[] = [
  'number',
  'text',
  'longText',
  'date',
  'choice',
  'table',
  'computed',
  'photo',
  'signature',
  'agreementKpis',
];

/** Kinds a table column may have (the contract: computed columns compute within the row). */
export const columnKinds: ColumnKind[] = ['number', 'text', 'date', 'choice', 'computed'];

/** The key's prefix the designer suggests for each kind: number_1, signature_2… */
const keyPrefix: Record<FieldKind, string> = {
  number: 'number',
  text: 'text',
  longText: 'note',
  date: 'date',
  choice: 'choice',
  table: 'table',
  computed: 'calc',
  photo: 'photo',
  signature: 'signers',
  agreementKpis: 'kpis',
};

export const keyPattern = /^[a-z][a-z0-9_]{0,39}$/;

/** Every field key of the form (table columns are keyed within their table, so they are not listed). */
export function allKeys(definition: FormDefinition): string[] {
  return definition.sections.flatMap((section) => section.fields.map((field) => field.key));
}

/** The first `<prefix>_<n>` not yet taken. */
export function suggestKey(kind: FieldKind, taken: readonly string[]): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) {
    const key = `${keyPrefix[kind]}_${n}`;
    if (!used.has(key)) return key;
  }
}

/** A new field of a kind with a free key and the contract's defaults. */
export function newField(kind: FieldKind, taken: readonly string[], labelTh: string): FormField {
  const base = { key: suggestKey(kind, taken), labelTh, required: false };
  switch (kind) {
    case 'number':
      return { ...base, kind, decimals: 0 };
    case 'text':
    case 'longText':
    case 'date':
    case 'agreementKpis':
      return { ...base, kind };
    case 'choice':
      return { ...base, kind, multiple: false, options: [{ value: 'a', labelTh: 'ตัวเลือกที่ 1' }] };
    case 'computed':
      return { ...base, kind, expression: '', decimals: 2 };
    case 'table':
      return {
        ...base,
        kind,
        minRows: 0,
        maxRows: 20,
        columns: [{ key: 'item', labelTh: 'รายการ', required: false, kind: 'text' }],
      };
    case 'photo':
      return { ...base, kind, maxCount: 3 };
    case 'signature':
      return { ...base, kind, count: 1 };
  }
}

/** A new table column; `newField` never gives a table or photo here. */
export function newColumn(kind: ColumnKind, taken: readonly string[], labelTh: string): ColumnField {
  return newField(kind, taken, labelTh) as ColumnField;
}

/** The list with the item at `from` moved by `by` places (−1 up, +1 down); unchanged at the ends. */
export function move<T>(items: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

export const replaceAt = <T>(items: readonly T[], at: number, item: T): T[] =>
  items.map((current, index) => (index === at ? item : current));

export const removeAt = <T>(items: readonly T[], at: number): T[] => items.filter((_, index) => index !== at);

/** Keys a formula may use: the number and computed fields of the form (or of one table row). */
export function formulaKeys(fields: readonly (FormField | ColumnField)[], except?: string): FormField[] {
  return fields.filter(
    (field): field is FormField =>
      (field.kind === 'number' || field.kind === 'computed') && field.key !== except,
  );
}

/** Where the designer shows a server message: the header, a section, a field (and a column of a table field). */
export type ProblemPlace =
  | { at: 'form' }
  | { at: 'section'; section: number }
  | { at: 'field'; section: number; field: number; column: number | null };

/**
 * The place a server path names: "definition.sections.0.fields.2.columns.1.key", "sections[0].fields[2]" or
 * "sections.1.titleTh". Anything else belongs to the form's header.
 */
export function problemPlace(path: string | undefined): ProblemPlace {
  if (!path) return { at: 'form' };
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '' && part !== 'definition');
  if (parts[0] !== 'sections' || !/^\d+$/.test(parts[1] ?? '')) return { at: 'form' };
  const section = Number(parts[1]);
  if (parts[2] !== 'fields' || !/^\d+$/.test(parts[3] ?? '')) return { at: 'section', section };
  const field = Number(parts[3]);
  const column = parts[4] === 'columns' && /^\d+$/.test(parts[5] ?? '') ? Number(parts[5]) : null;
  return { at: 'field', section, field, column };
}

/** The definition's sections with a field changed in place. */
export function updateField(
  definition: FormDefinition,
  section: number,
  field: number,
  change: (field: FormField) => FormField,
): FormDefinition {
  return {
    ...definition,
    sections: definition.sections.map((s, si) =>
      si === section ? { ...s, fields: s.fields.map((f, fi) => (fi === field ? change(f) : f)) } : s,
    ),
  };
}

export function updateSection(
  definition: FormDefinition,
  section: number,
  change: (section: FormSection) => FormSection,
): FormDefinition {
  return { ...definition, sections: definition.sections.map((s, si) => (si === section ? change(s) : s)) };
}

/** A new form's starting definition: a title and one section with one field (a section holds at least one). */
export function startingDefinition(titleTh: string): FormDefinition {
  return {
    titleTh,
    subject: 'district',
    sections: [{ titleTh: 'ส่วนที่ 1', fields: [newField('longText', [], 'ผลการติดตาม')] }],
  };
}
