import { formFields } from '../../../../src/domain/forms/definition.ts';
import { checkValues } from '../../../../src/domain/forms/values.ts';
import { rowsOf } from './components/form-renderer/field-values';
import type { FormDefinition, FormProblem, FormValues } from './components/form-renderer/types';

/**
 * The draft checked on the phone itself, with the server's own rule (src/domain/forms/values.ts checkValues, as a
 * draft, not finishing): a number out of range or a mistyped date is named under its field at once, offline too,
 * and computed fields (percent, totals, level) follow the figures typed. What was typed is kept as typed; only the
 * computed values are taken from the check.
 */
export function liveCheck(
  definition: FormDefinition,
  values: FormValues,
): { shown: FormValues; problems: FormProblem[] } {
  const checked = checkValues(definition, values, { finishing: false });
  const shown: FormValues = { ...values };
  for (const field of formFields(definition)) {
    if (field.kind === 'computed') shown[field.key] = checked.values[field.key] ?? null;
    if (field.kind === 'table' && field.columns.some((c) => c.kind === 'computed')) {
      const computedRows = rowsOf(checked.values[field.key]);
      shown[field.key] = rowsOf(values[field.key]).map((row, i) => {
        const next = { ...row };
        for (const column of field.columns)
          if (column.kind === 'computed') next[column.key] = computedRows[i]?.[column.key] ?? null;
        return next;
      });
    }
  }
  return { shown, problems: checked.problems };
}
