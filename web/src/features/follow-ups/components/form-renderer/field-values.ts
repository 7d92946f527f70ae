import type {
  AgreementKpiRow,
  ColumnField,
  FormDefinition,
  FormField,
  FormProblem,
  FormValues,
  ScalarValue,
  Signer,
  TableRow,
} from './types';

/** The problems of exactly one path ("fund_total", "capital_rows.2.amount", "followers.1.name"). */
export function problemAt(problems: readonly FormProblem[], path: string): string | undefined {
  const found = problems.filter((p) => p.path === path).map((p) => p.messageTh);
  return found.length > 0 ? found.join(' ') : undefined;
}

/** A field's value as the text a box shows: a decimal string, a date, a line; null and others show as "". */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

/** What a box's text is stored as: "" is no answer (null). */
export const valueOfText = (text: string): string | null => (text === '' ? null : text);

export function signersOf(value: unknown, count: number): Signer[] {
  const given = Array.isArray(value) ? value : [];
  return Array.from({ length: count }, (_, i) => {
    const row = given[i] as Partial<Signer> | undefined;
    return { name: textOf(row?.name), position: textOf(row?.position) };
  });
}

export function rowsOf(value: unknown): TableRow[] {
  return Array.isArray(value)
    ? value.filter((row): row is TableRow => typeof row === 'object' && row !== null)
    : [];
}

export function photosOf(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((id): id is number => typeof id === 'number') : [];
}

export function kpiRowsOf(value: unknown): AgreementKpiRow[] {
  return Array.isArray(value) ? (value as AgreementKpiRow[]) : [];
}

export function choicesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

function emptyCell(column: ColumnField): ScalarValue {
  return column.kind === 'choice' && column.multiple ? [] : null;
}

export function emptyRow(columns: readonly ColumnField[]): TableRow {
  return Object.fromEntries(columns.map((c) => [c.key, emptyCell(c)]));
}

function emptyValue(field: FormField): unknown {
  switch (field.kind) {
    case 'table':
      return Array.from({ length: field.minRows }, () => emptyRow(field.columns));
    case 'signature':
      return signersOf([], field.count);
    case 'photo':
    case 'agreementKpis':
      return [];
    case 'choice':
      return field.multiple ? [] : null;
    default:
      return null;
  }
}

/** A blank form: every field present, tables with their minimum rows, every signer's line. */
export function emptyValues(definition: FormDefinition): FormValues {
  const values: FormValues = {};
  for (const section of definition.sections)
    for (const field of section.fields) values[field.key] = emptyValue(field);
  return values;
}

/** The blank form with the given values over it (a prefill, a saved draft). */
export function withDefaults(definition: FormDefinition, values: FormValues): FormValues {
  return { ...emptyValues(definition), ...values };
}

/** The level's number from a computed field with levels; its value is the level itself. */
export const levelText = (value: string) => value.replace(/\.0+$/, '');
