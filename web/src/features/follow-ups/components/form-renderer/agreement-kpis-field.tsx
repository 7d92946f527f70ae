import { Stack, Table, Text } from '@mantine/core';
import Decimal from 'decimal.js';
import { useI18n } from '../../../../shared/i18n/language';
import { trimDecimal } from '../../../../shared/i18n/number';
import { kpiRowsOf } from './field-values';
import type { AgreementKpisField } from './types';

const score4 = (score: string | null) =>
  score === null ? '-' : new Decimal(score).toFixed(4, Decimal.ROUND_HALF_UP);

/** The district's agreement KPIs with their weights and live scores, as the server filled them: read only. */
export function AgreementKpisView({ field, value }: { field: AgreementKpisField; value: unknown }) {
  const { t } = useI18n();
  const rows = kpiRowsOf(value);
  return (
    <Stack gap="xs" data-testid={`form-kpis-${field.key}`}>
      <Text size="sm" fw={500}>
        {field.labelTh}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('form.kpisEmpty')}
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('form.kpi')}</Table.Th>
              <Table.Th ta="right">{t('form.kpiWeight')}</Table.Th>
              <Table.Th ta="right">{t('form.kpiScore')}</Table.Th>
              <Table.Th ta="right">{t('form.kpiLevel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.kpiId} data-testid="form-kpi-row">
                <Table.Td>
                  <Text size="sm" fw={600} span>
                    {row.code}
                  </Text>{' '}
                  {row.nameTh}
                </Table.Td>
                <Table.Td ta="right">{trimDecimal(row.weight)}</Table.Td>
                <Table.Td ta="right">{score4(row.score)}</Table.Td>
                <Table.Td ta="right">{row.level ?? '-'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
