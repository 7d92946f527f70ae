import { Anchor, Table } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { MessageKey } from '../../../shared/i18n/dictionary';
import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import { Chart, type ChartOption } from '../../../shared/ui/chart';
import type { HouseholdsDashboard } from '../registers-api';

const STATUS_COLOURS = ['#2f9e44', '#e8590c', '#1c7ed6', '#868e96'];

/** Per month, households with a plan and with an activity (cumulative), against the register's households. */
export function HouseholdProgressChart({ data }: { data: HouseholdsDashboard }) {
  const { t } = useI18n();
  const option = useMemo(
    (): ChartOption => ({
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      // One scrolling legend line: on a phone a wrapped legend ran into the chart.
      legend: { top: 0, type: 'scroll' },
      xAxis: { type: 'category', data: data.months.map((m) => m.monthLabelTh) },
      yAxis: { type: 'value', min: 0, minInterval: 1 },
      series: [
        {
          type: 'line',
          name: t('dreg.registered'),
          data: data.months.map(() => data.totals.households),
          itemStyle: { color: '#868e96' },
          lineStyle: { type: 'dashed' },
          symbol: 'none',
        },
        {
          type: 'line',
          name: t('dreg.planned'),
          data: data.months.map((m) => m.planned),
          itemStyle: { color: '#1c7ed6' },
        },
        {
          type: 'line',
          name: t('dreg.active'),
          data: data.months.map((m) => m.active),
          itemStyle: { color: '#2f9e44' },
        },
      ],
    }),
    [data, t],
  );
  return <Chart option={option} height={280} testId="dreg-households-chart" />;
}

/** The register's households of each area by status, stacked; areas down the side so their names read on a phone. */
export function HouseholdStatusChart({ data }: { data: HouseholdsDashboard }) {
  const option = useMemo(
    (): ChartOption => ({
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      yAxis: {
        type: 'category',
        data: data.areas.map((a) => a.nameTh),
        inverse: true,
        axisLabel: { interval: 0 },
      },
      xAxis: { type: 'value', minInterval: 1 },
      series: data.statuses.map((s, i) => ({
        type: 'bar' as const,
        stack: 'status',
        name: s.labelTh,
        barMaxWidth: 24,
        data: data.areas.map((a) => a.byStatus[s.key] ?? 0),
        itemStyle: { color: STATUS_COLOURS[i % STATUS_COLOURS.length] },
      })),
    }),
    [data],
  );
  return (
    <Chart
      option={option}
      height={Math.max(200, 60 + 28 * data.areas.length)}
      testId="dreg-households-status-chart"
    />
  );
}

export function HouseholdMonthsTable({ data }: { data: HouseholdsDashboard }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder data-testid="dreg-households-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dreg.month')}</Table.Th>
            <Table.Th ta="right">{t('dreg.registered')}</Table.Th>
            <Table.Th ta="right">{t('dreg.planned')}</Table.Th>
            <Table.Th ta="right">{t('dreg.active')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.months.map((m) => (
            <Table.Tr key={m.month} data-testid="dreg-households-row">
              <Table.Td>{m.monthLabelTh}</Table.Td>
              <Table.Td ta="right">{formatNumber(data.totals.households)}</Table.Td>
              <Table.Td ta="right">{formatNumber(m.planned)}</Table.Td>
              <Table.Td ta="right">{formatNumber(m.active)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const areaLabel = (kind: string): MessageKey =>
  kind === 'department' ? 'dreg.province' : kind === 'province' ? 'dreg.district' : 'dreg.subdistrict';

/** Each child area: households by status, with a plan, with an activity, and the total row. */
export function HouseholdAreasTable({ data }: { data: HouseholdsDashboard }) {
  const { t } = useI18n();
  const rows = [
    ...data.areas.map((a) => ({ ...a, total: false })),
    { code: '', nameTh: t('dreg.total'), ...data.totals, total: true },
  ];
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder data-testid="dreg-households-areas">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(areaLabel(data.unit.kind))}</Table.Th>
            <Table.Th ta="right">{t('dreg.registered')}</Table.Th>
            {data.statuses.map((s) => (
              <Table.Th key={s.key} ta="right">
                {s.labelTh}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('dreg.plannedNow')}</Table.Th>
            <Table.Th ta="right">{t('dreg.activeNow')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((a) => (
            <Table.Tr key={a.code || 'total'} fw={a.total ? 700 : undefined}>
              <Table.Td>
                {a.total || data.unit.kind === 'district' ? (
                  a.nameTh
                ) : (
                  <Anchor
                    component={Link}
                    to={`/dashboards/registers?unit=${a.code}&surveyYear=${data.surveyYear}`}
                  >
                    {a.nameTh}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td ta="right">{formatNumber(a.households)}</Table.Td>
              {data.statuses.map((s) => (
                <Table.Td key={s.key} ta="right">
                  {formatNumber(a.byStatus[s.key] ?? 0)}
                </Table.Td>
              ))}
              <Table.Td ta="right">{formatNumber(a.planned)}</Table.Td>
              <Table.Td ta="right">{formatNumber(a.active)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
