import { Table } from '@mantine/core';
import type { RowError } from '../api/api-error';
import { useI18n } from '../i18n/language';

/** The rows the server refused, as it numbered them. */
export function ImportErrorTable({ rows }: { rows: RowError[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table withTableBorder striped data-testid="import-errors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.row')}</Table.Th>
            <Table.Th>{t('import.field')}</Table.Th>
            <Table.Th>{t('import.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.row}-${row.field ?? ''}-${row.message}`} data-testid="import-error-row">
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>{row.column ?? '—'}</Table.Td>
              <Table.Td>{row.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
