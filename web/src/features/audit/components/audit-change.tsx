import { Table, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { changedFields, codedValue, fieldKey, formatValue } from '../audit-fields';
import type { AuditEntry } from '../types';

/** The record before and after the change, field by field in words, the changed fields marked. */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const { t, lang } = useI18n();
  const rows = changedFields(entry.before, entry.after);
  const shown = (field: string | null, value: unknown) => {
    const named = codedValue(entry.entity, field, value);
    return named ? t(named) : formatValue(value, lang, t);
  };
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder data-testid="audit-detail" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="28%">{t('audit.field')}</Table.Th>
            <Table.Th>{t('audit.before')}</Table.Th>
            <Table.Th>{t('audit.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const key = row.field === null ? 'audit.value' : fieldKey(row.field);
            return (
              <Table.Tr
                key={row.field ?? ''}
                bg={row.changed ? 'yellow.0' : undefined}
                data-testid="audit-field"
              >
                <Table.Td>
                  {key ? (
                    t(key)
                  ) : (
                    <Text span c="dimmed" size="sm">
                      {row.field}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>{shown(row.field, row.before)}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }} fw={row.changed ? 600 : undefined}>
                  {shown(row.field, row.after)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
