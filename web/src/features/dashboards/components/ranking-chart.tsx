import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { Chart, type ChartOption } from '../../../shared/ui/chart';
import type { DistrictRow } from '../types';

/**
 * The districts' agreement scores as bars, rank 1 on top, on the 0–5 scale of the scores. A district without any
 * result has no bar (its row in the table says so). The scores go to the chart as the API's decimal strings.
 */
export function RankingChart({ units }: { units: DistrictRow[] }) {
  const { t } = useI18n();
  const scored = useMemo(() => units.filter((u) => u.reported > 0 && u.score !== null), [units]);
  const option = useMemo(
    (): ChartOption => ({
      grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', min: 0, max: 5, interval: 1 },
      yAxis: { type: 'category', inverse: true, data: scored.map((u) => u.nameTh) },
      series: [
        {
          type: 'bar',
          barMaxWidth: 32,
          data: scored.map((u) => u.score ?? '0'),
          itemStyle: { color: '#228be6' },
          label: { show: true, position: 'right' },
        },
      ],
    }),
    [scored],
  );
  if (scored.length === 0) {
    return (
      <Text size="sm" data-testid="dash-ranking-empty">
        {t('dash.noneScored')}
      </Text>
    );
  }
  return (
    <Chart option={option} height={Math.max(160, 40 + scored.length * 32)} testId="dash-ranking-chart" />
  );
}
