import { Table } from '@mantine/core';
import Decimal from 'decimal.js';
import { useMemo } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { resultValueText } from '../../../shared/i18n/number';
import { Chart, type ChartOption } from '../../../shared/ui/chart';
import type { KpiDashboard } from '../kpi-api';

type Point = number | '-';

/** The forecast line and its 95 % band, from the last month with a value to the round's last month. */
function forecastSeries(data: KpiDashboard) {
  const { months, forecast } = data;
  const last = months.map((m) => m.value !== null).lastIndexOf(true);
  const end = months.length - 1;
  if (forecast.kind !== 'linear' || last < 0) return null;
  const from = months[last]?.value ?? '0';
  const blank = (): Point[] => months.map(() => '-');
  const line = blank();
  line[last] = Number(from);
  line[end] = Number(forecast.value);
  if (forecast.low === null || forecast.high === null) return { line, low: null, width: null };
  // The band is drawn as a stacked area: its lower edge, then its width (high − low, exact) on top of it.
  const low = blank();
  const width = blank();
  low[last] = Number(from);
  width[last] = 0;
  low[end] = Number(forecast.low);
  width[end] = new Decimal(forecast.high).minus(forecast.low).toNumber();
  return { line, low, width };
}

/** Monthly values, the forecast dashed to the round's end with its 95 % band, target and next level as lines. */
export function KpiChart({ data }: { data: KpiDashboard }) {
  const { t } = useI18n();
  const option = useMemo((): ChartOption => {
    const f = forecastSeries(data);
    const lines: { name: string; yAxis: number; color: string }[] = [];
    if (data.target.kind === 'value')
      lines.push({
        name: t('kpiDash.line.target', { value: data.target.value }),
        yAxis: Number(data.target.value),
        color: '#2f9e44',
      });
    if (data.next?.value != null)
      lines.push({
        name: t('kpiDash.line.next', { level: data.next.level, value: data.next.value }),
        yAxis: Number(data.next.value),
        color: '#f08c00',
      });
    const dashedLabel = (name: string, color: string) => ({
      yAxis: 0,
      name,
      lineStyle: { color, type: 'dashed' as const },
      label: { formatter: name, position: 'insideEndTop' as const, color },
    });
    return {
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('kpiDash.series.value'), t('kpiDash.series.forecast')] },
      xAxis: { type: 'category', data: data.months.map((m) => m.labelTh), axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', scale: true },
      series: [
        {
          type: 'line',
          name: t('kpiDash.series.value'),
          data: data.months.map((m) => (m.value === null ? '-' : Number(m.value))),
          itemStyle: { color: '#1c7ed6' },
          markLine: {
            symbol: 'none',
            silent: true,
            data: lines.map((l) => ({ ...dashedLabel(l.name, l.color), yAxis: l.yAxis })),
          },
        },
        ...(f
          ? [
              {
                type: 'line' as const,
                name: t('kpiDash.series.forecast'),
                data: f.line,
                connectNulls: true,
                lineStyle: { type: 'dashed' as const, color: '#7048e8' },
                itemStyle: { color: '#7048e8' },
              },
            ]
          : []),
        ...(f?.low && f.width
          ? [
              {
                type: 'line' as const,
                name: t('kpiDash.series.low'),
                data: f.low,
                connectNulls: true,
                stack: 'band',
                symbol: 'none',
                lineStyle: { opacity: 0 },
                tooltip: { show: false },
              },
              {
                type: 'line' as const,
                name: t('kpiDash.series.high'),
                data: f.width,
                connectNulls: true,
                stack: 'band',
                symbol: 'none',
                lineStyle: { opacity: 0 },
                areaStyle: { color: '#7048e8', opacity: 0.15 },
                tooltip: { show: false },
              },
            ]
          : []),
      ],
    };
  }, [data, t]);
  return <Chart option={option} height={320} testId="kpi-dash-chart" />;
}

/** The chart's figures: each month of the round and its value. */
export function KpiMonthTable({ data }: { data: KpiDashboard }) {
  const { t } = useI18n();
  const unit = data.kpi.unitOfMeasure ? ` (${data.kpi.unitOfMeasure})` : '';
  return (
    <Table striped withTableBorder data-testid="kpi-dash-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('kpiDash.month')}</Table.Th>
          <Table.Th ta="right">{`${t('kpiDash.value')}${unit}`}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.months.map((m) => (
          <Table.Tr key={m.month} data-testid="kpi-dash-row">
            <Table.Td>{m.labelTh}</Table.Td>
            <Table.Td ta="right">
              {m.value === null ? t('kpiDash.noValue') : resultValueText(m.value)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
