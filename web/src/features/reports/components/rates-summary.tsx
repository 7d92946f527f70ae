import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { MessageKey } from '../../../shared/i18n/dictionary';
import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import type { Rates } from '../types';

type Stat = { key: 'submitted' | 'onTime' | 'approved'; label: MessageKey; testId: string };

const stats: Stat[] = [
  { key: 'submitted', label: 'rates.submitted', testId: 'rates-submitted' },
  { key: 'onTime', label: 'rates.onTime', testId: 'rates-on-time' },
  { key: 'approved', label: 'rates.approved', testId: 'rates-approved' },
];

const percentKey = {
  submitted: 'submittedPercent',
  onTime: 'onTimePercent',
  approved: 'approvedPercent',
} as const;

/** DHIS2-style reporting rates: expected, submitted, on time and approved, each as a share of expected. */
export function RatesSummary({ rates }: { rates: Rates }) {
  const { t } = useI18n();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="rates">
      <Paper withBorder p="sm" data-testid="rates-expected" data-value={rates.expected}>
        <Text size="xs" c="dimmed">
          {t('rates.expected')}
        </Text>
        <Text fz={26} fw={700} lh={1.2}>
          {formatNumber(rates.expected)}
        </Text>
      </Paper>
      {stats.map((stat) => {
        const percent = rates[percentKey[stat.key]];
        return (
          <Paper
            key={stat.key}
            withBorder
            p="sm"
            data-testid={stat.testId}
            data-value={rates[stat.key]}
            data-percent={percent ?? ''}
          >
            <Text size="xs" c="dimmed">
              {t(stat.label)}
            </Text>
            <Text fz={26} fw={700} lh={1.2}>
              {formatNumber(rates[stat.key])}
              <Text span size="sm" fw={400} c="dimmed">
                {' / '}
                {formatNumber(rates.expected)}
              </Text>
            </Text>
            <Text size="sm" fw={600} c="indigo.8">
              {percent === null ? '—' : t('rates.percent', { percent })}
            </Text>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
