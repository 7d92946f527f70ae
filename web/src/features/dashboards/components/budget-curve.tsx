import { Anchor, Table } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatMoney } from '../../../shared/i18n/money';
import { Chart, type ChartOption } from '../../../shared/ui/chart';
import type { BudgetDashboard } from '../registers-api';

const dash = (v: string | null) => v ?? '—';

/** Cumulative เบิกจ่าย + PO % per month as a line, the plan as a step line that changes at each quarter. */
export function BudgetCurveChart({ data }: { data: BudgetDashboard }) {
  const { t } = useI18n();
  const option = useMemo(
    (): ChartOption => ({
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: data.months.map((m) => m.monthLabelTh) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'line',
          name: t('dreg.spentPercent'),
          data: data.months.map((m) => m.percent ?? '-'),
          itemStyle: { color: '#228be6' },
          lineStyle: { width: 3 },
        },
        ...(data.plan
          ? [
              {
                type: 'line' as const,
                name: t('dreg.planPercent'),
                step: 'end' as const,
                data: data.months.map((m) => m.plan ?? '-'),
                itemStyle: { color: '#e8590c' },
                lineStyle: { type: 'dashed' as const },
                symbol: 'none',
              },
            ]
          : []),
      ],
    }),
    [data, t],
  );
  return <Chart option={option} height={300} testId="dreg-budget-chart" />;
}

/** The chart's figures per month: the allocation after returns, disbursed + PO, the %, the plan and the gap. */
export function BudgetMonthsTable({ data }: { data: BudgetDashboard }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder data-testid="dreg-budget-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dreg.month')}</Table.Th>
            <Table.Th ta="right">{t('dreg.base')}</Table.Th>
            <Table.Th ta="right">{t('dreg.spent')}</Table.Th>
            <Table.Th ta="right">{t('dreg.spentPercent')}</Table.Th>
            <Table.Th ta="right">{t('dreg.planPercent')}</Table.Th>
            <Table.Th ta="right">{t('dreg.gap')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.months.map((m) => (
            <Table.Tr key={m.month} data-testid="dreg-budget-row">
              <Table.Td>{m.monthLabelTh}</Table.Td>
              <Table.Td ta="right">{formatMoney(m.base)}</Table.Td>
              <Table.Td ta="right">{formatMoney(m.spent)}</Table.Td>
              <Table.Td ta="right" title={m.reason ?? undefined}>
                {m.percent ?? (m.reason ? t('dreg.reason') : '—')}
              </Table.Td>
              <Table.Td ta="right">{m.quarterEnd ? dash(m.plan) : ''}</Table.Td>
              <Table.Td ta="right">{dash(m.gap)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The nation's provinces as of the data date, against the plan at the latest quarter end. */
export function BudgetAreasTable({ data }: { data: BudgetDashboard }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder data-testid="dreg-budget-areas">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dreg.province')}</Table.Th>
            <Table.Th ta="right">{t('dreg.base')}</Table.Th>
            <Table.Th ta="right">{t('dreg.spent')}</Table.Th>
            <Table.Th ta="right">{t('dreg.percentAsOf')}</Table.Th>
            <Table.Th>{t('dreg.lastQuarter')}</Table.Th>
            <Table.Th ta="right">{t('dreg.planPercent')}</Table.Th>
            <Table.Th ta="right">{t('dreg.gap')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.areas.map((a) => (
            <Table.Tr key={a.code}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/dashboards/registers?unit=${a.code}&fiscalYear=${data.fiscalYear}`}
                >
                  {a.nameTh}
                </Anchor>
              </Table.Td>
              <Table.Td ta="right">{formatMoney(a.base)}</Table.Td>
              <Table.Td ta="right">{formatMoney(a.spent)}</Table.Td>
              <Table.Td ta="right" title={a.reason ?? undefined}>
                {dash(a.percent)}
              </Table.Td>
              <Table.Td>{dash(a.quarterMonthTh)}</Table.Td>
              <Table.Td ta="right">
                {dash(a.plan)}
                {a.ownPlan ? ` (${t('dreg.ownPlan')})` : ''}
              </Table.Td>
              <Table.Td ta="right">{dash(a.gap)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
