import { Group, Paper, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { WeightSum } from '../weight-sums';

const labels = { team: 'builder.sumTeam', individual: 'builder.sumIndividual' } as const;

/** Live sums of the two weight lists: green at 100, red "น้ำหนักรวม 110 ไม่เท่ากับ 100" otherwise. */
export function WeightSumBar({ sums }: { sums: WeightSum[] }) {
  const { t } = useI18n();
  if (sums.length === 0) return null;
  return (
    <Paper
      withBorder
      p="xs"
      style={{ position: 'sticky', bottom: 0, zIndex: 2, background: 'var(--mantine-color-body)' }}
      data-testid="weight-sums"
    >
      <Group gap="lg" wrap="wrap">
        {sums.map((sum) => (
          <Text
            key={sum.group}
            size="sm"
            fw={600}
            c={sum.is100 ? 'green.8' : 'red.7'}
            data-testid={`weight-sum-${sum.group}`}
            data-ok={sum.is100}
          >
            {t(labels[sum.group])}:{' '}
            {sum.is100 ? t('builder.sumOk', { sum: sum.sum }) : t('builder.sumWrong', { sum: sum.sum })}
            {!sum.complete && ` (${t('builder.weightMissing')})`}
          </Text>
        ))}
      </Group>
    </Paper>
  );
}
