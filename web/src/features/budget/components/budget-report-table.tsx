import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatMoney, formatPercent } from '../../../shared/i18n/money';
import { formatIsoDate } from '../../../shared/thai-date/month';
import type { BudgetFigures, BudgetReport } from '../types';

const columns = [
  'allocated',
  'deductedReturns',
  'base',
  'disbursed',
  'committed',
  'spent',
  'remaining',
] as const;

function FigureCells({ figures }: { figures: BudgetFigures }) {
  return (
    <>
      {columns.map((column) => (
        <Table.Td key={column} ta="right" data-testid={`budget-cell-${column}`}>
          {formatMoney(figures[column])}
        </Table.Td>
      ))}
      <Table.Td ta="right" data-testid="budget-cell-percent">
        {formatPercent(figures.percent)}
      </Table.Td>
    </>
  );
}

/** KPI 1: spending by category and in total as of a date, returns before the cut-off taken off the allocation. */
export function BudgetReportTable({ report }: { report: BudgetReport }) {
  const { t, lang } = useI18n();
  return (
    <Paper withBorder p="md" component="section" data-testid="budget-report">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('bud.reportTitle', { date: formatIsoDate(report.asOf, lang) })}
        </Title>
        <Text size="sm" c="dimmed" data-testid="budget-cutoff">
          {t('bud.cutoff', { date: formatIsoDate(report.returnCutoff, lang) })}
        </Text>
        <Table.ScrollContainer minWidth={900}>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bud.category')}</Table.Th>
                {columns.map((column) => (
                  <Table.Th key={column} ta="right">
                    {t(`bud.${column}`)}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('bud.percent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={9}>
                    <Text c="dimmed" size="sm" data-testid="budget-report-empty">
                      {t('bud.noRows')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {report.rows.map((row) => (
                <Table.Tr key={row.category} data-testid="budget-report-row" data-category={row.category}>
                  <Table.Td>{row.category}</Table.Td>
                  <FigureCells figures={row} />
                </Table.Tr>
              ))}
              <Table.Tr fw={700} data-testid="budget-report-total">
                <Table.Td>{t('bud.total')}</Table.Td>
                <FigureCells figures={report.total} />
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {report.total.reason && (
          <Text size="sm" c="dimmed">
            {report.total.reason}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
