import type { FormDefinition, FormValues } from './types';

const isRow = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The preview's values: what the user typed, with the computed fields (and the computed columns of each table row)
 * as the server's check worked them out. Typed values stay as typed, so the box the user is in never jumps.
 */
export function withComputed(
  definition: FormDefinition,
  typed: FormValues,
  checked: FormValues | undefined,
): FormValues {
  if (!checked) return typed;
  const merged: FormValues = { ...typed };
  for (const field of definition.sections.flatMap((section) => section.fields)) {
    if (field.kind === 'computed' && field.key in checked) merged[field.key] = checked[field.key];
    if (field.kind === 'agreementKpis' && field.key in checked) merged[field.key] = checked[field.key];
    if (field.kind === 'table') {
      const computed = field.columns
        .filter((column) => column.kind === 'computed')
        .map((column) => column.key);
      const rows = typed[field.key];
      const serverRows = checked[field.key];
      if (computed.length === 0 || !Array.isArray(rows) || !Array.isArray(serverRows)) continue;
      merged[field.key] = rows.map((row, index) => {
        const serverRow = serverRows[index];
        if (!isRow(row) || !isRow(serverRow)) return row;
        return { ...row, ...Object.fromEntries(computed.map((key) => [key, serverRow[key] ?? null])) };
      });
    }
  }
  return merged;
}
