import type { MessageKey } from '../../shared/i18n/dictionary';
import type { Language } from '../../shared/i18n/language';
import { knownMessageKey } from '../../shared/i18n/optional-message';
import { formatDateTime } from '../../shared/thai-date/format-date';
import { formatIsoDate, formatMonth } from '../../shared/thai-date/month';

/** A recorded field's name in the UI language where the UI knows it (auditField.* in messages/audit.ts). */
export function fieldKey(field: string): MessageKey | undefined {
  return knownMessageKey(`auditField.${field}`);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoMonth = /^\d{4}-\d{2}$/;

/** Where a coded value has a name: the status of a report, an agreement or a household, a role, a kind of unit. */
const codedValues: Record<string, (entity: string) => string | null> = {
  status: (entity) =>
    entity === 'submission'
      ? 'submissionStatus'
      : entity === 'agreement' || entity === 'household'
        ? 'status'
        : null,
  role: () => 'role',
  kind: () => 'kind',
};

/** A field's coded value in words where the UI names it ("returned" → "ส่งกลับแก้ไข"), else the value itself. */
export function codedValue(entity: string, field: string | null, value: unknown): MessageKey | undefined {
  if (field === null || typeof value !== 'string') return undefined;
  const prefix = codedValues[field]?.(entity);
  return prefix ? knownMessageKey(`${prefix}.${value}`) : undefined;
}
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A recorded value as a reader sees it: B.E. dates, yes/no, lists joined, a nested record as "name: value; …". */
export function formatValue(value: unknown, lang: Language, t: (key: MessageKey) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no');
  if (typeof value === 'string') {
    if (isoDate.test(value)) return formatIsoDate(value, lang);
    if (isoMonth.test(value)) return formatMonth(value, lang);
    if (isoTime.test(value)) return formatDateTime(value, lang);
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => formatValue(v, lang, t)).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => {
      const key = fieldKey(k);
      return `${key ? t(key) : k}: ${formatValue(v, lang, t)}`;
    })
    .join('; ');
}

/** The fields of a change, in the order they were recorded, before's first; a value that is not a record is one row. */
export function changedFields(before: unknown, after: unknown) {
  const record = (v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  const b = record(before);
  const a = record(after);
  if ((before !== null && before !== undefined && !b) || (after !== null && after !== undefined && !a)) {
    return [{ field: null, before, after, changed: JSON.stringify(before) !== JSON.stringify(after) }];
  }
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return fields.map((field) => ({
    field,
    before: b?.[field],
    after: a?.[field],
    changed: b !== null && a !== null && JSON.stringify(b[field]) !== JSON.stringify(a[field]),
  }));
}
