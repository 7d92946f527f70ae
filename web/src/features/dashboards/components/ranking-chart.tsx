import { useMemo } from 'react';
import { Chart, type ChartOption } from '../../../shared/ui/chart';
import type { DistrictRow } from '../types';

/**
 * The districts' agreement scores as bars, rank 1 on top, on the 0–5 scale of the scores. A district without any
 * result has no bar (its row in the table says so). The scores go to the chart as the API's decimal strings.
 */
export function RankingChart({ units }: { units: DistrictRow[] }) {
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
          data: scored.map((u) => u.score ?? '0'),
          itemStyle: { color: '#228be6' },
          label: { show: true, position: 'right' },
        },
      ],
    }),
    [scored],
  );
  return (
    <Chart option={option} height={Math.max(160, 40 + scored.length * 32)} testId="dash-ranking-chart" />
  );
}
