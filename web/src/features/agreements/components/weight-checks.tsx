import { Stack, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { WeightCheck } from '../types';

/** One line per weight list: green "น้ำหนักรวม 100", red "น้ำหนักรวม 110 ไม่เท่ากับ 100". */
export function WeightChecks({ checks }: { checks: WeightCheck[] }) {
  const { t } = useI18n();
  return (
    <Stack gap={2}>
      {checks.map((check) => (
        <Text
          key={check.group}
          size="sm"
          c={check.is100 ? 'green.8' : 'red.7'}
          fw={check.is100 ? undefined : 600}
          data-testid="weight-check"
          data-group={check.group}
          data-ok={check.is100}
        >
          {t(`agreements.weightGroup.${check.group}`)}:{' '}
          {check.is100
            ? t('agreements.weightOk', { sum: check.sum })
            : t('builder.sumWrong', { sum: check.sum })}
        </Text>
      ))}
    </Stack>
  );
}
