import { Table } from '@mantine/core';
import { useMemo } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { Chart, type ChartOption } from '../../../shared/ui/chart';
import type { MonthRates } from '../types';

/** Percent of expected reports sent, and sent on time, month by month (the board's DHIS2-style rates). */
export function TimelinessChart({ months }: { months: MonthRates[] }) {
  const { t } = useI18n();
  const option = useMemo(
    (): ChartOption => ({
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: months.map((m) => m.monthLabelTh) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        {
          type: 'line',
          name: t('dash.submittedPercent'),
          data: months.map((m) => m.rates.submittedPercent ?? '-'),
          itemStyle: { color: '#228be6' },
        },
        {
          type: 'line',
          name: t('dash.onTimePercent'),
          data: months.map((m) => m.rates.onTimePercent ?? '-'),
          itemStyle: { color: '#2f9e44' },
        },
      ],
    }),
    [months, t],
  );
  return <Chart option={option} height={280} testId="dash-timeliness-chart" />;
}

/** The chart's figures: per month, reports expected, sent and sent on time, with their percentages. */
export function TimelinessTable({ months }: { months: MonthRates[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped withTableBorder data-testid="dash-timeliness-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dash.month')}</Table.Th>
            <Table.Th ta="right">{t('dash.expected')}</Table.Th>
            <Table.Th ta="right">{t('dash.submitted')}</Table.Th>
            <Table.Th ta="right">{t('dash.onTime')}</Table.Th>
            <Table.Th ta="right">{t('dash.submittedPercent')}</Table.Th>
            <Table.Th ta="right">{t('dash.onTimePercent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {months.map((m) => (
            <Table.Tr key={m.month} data-testid="dash-timeliness-row">
              <Table.Td>{m.monthLabelTh}</Table.Td>
              <Table.Td ta="right">{m.rates.expected}</Table.Td>
              <Table.Td ta="right">{m.rates.submitted}</Table.Td>
              <Table.Td ta="right">{m.rates.onTime}</Table.Td>
              <Table.Td ta="right">{m.rates.submittedPercent ?? '—'}</Table.Td>
              <Table.Td ta="right">{m.rates.onTimePercent ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
