import { Group, Paper, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { totalRule } from '../print-rows';
import type { AgreementView } from '../types';
import { WeightChecks } from './weight-checks';

/** The footer: the total with the rule that makes it from the lists' scores, how many KPIs have a result. */
export function AgreementTotal({ view }: { view: AgreementView }) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" data-testid="agreement-total">
      <Stack gap="xs">
        <Group justify="space-between" align="baseline" wrap="wrap">
          <Text fw={700}>{t('agreement.total')}</Text>
          <Text fw={700} size="xl" ff="monospace" data-testid="total-score">
            {view.total?.score ?? '—'}
          </Text>
        </Group>
        {totalRule(view.total, t).map((line) => (
          <Text key={line} size="sm" c="dimmed" data-testid="total-rule">
            {line}
          </Text>
        ))}
        <Text size="sm" data-testid="reported">
          {t('agreement.reported', { reported: view.reported, expected: view.expected })}
        </Text>
        {view.unscorable > 0 && (
          <Text size="sm" c="red" data-testid="unscorable">
            {t('agreement.unscorable', { count: view.unscorable })}
          </Text>
        )}
        <WeightChecks checks={view.weightChecks} />
      </Stack>
    </Paper>
  );
}
