import { Group, Paper, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { trimDecimal } from '../../../shared/i18n/number';
import type { AgreementView } from '../types';
import { WeightChecks } from './weight-checks';

const sectionLabel = { team: 'kpiKind.team', individual: 'builder.sumIndividual' } as const;

/** The footer: Σ(w·s)/Σw with 4 decimals, each weight list's score, how many KPIs have a result. */
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
        {view.total?.sections.map((section) => (
          <Group key={section.id} justify="space-between" wrap="wrap" data-testid="section-score">
            <Text size="sm">
              {section.id === 'team' || section.id === 'individual'
                ? t(sectionLabel[section.id])
                : section.id}{' '}
              ({t('agreement.weight')} {trimDecimal(section.weightSum)})
            </Text>
            <Text size="sm" ff="monospace">
              {section.score ?? '—'}
            </Text>
          </Group>
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
