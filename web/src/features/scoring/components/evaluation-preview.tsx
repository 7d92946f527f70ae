import { Alert, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useEvaluation } from '../api';
import { calculatorNextText } from '../criteria-text';
import type { ThresholdCriteria } from '../types';
import { LevelBadge } from './level-badge';

type Props = {
  /** null while the criteria are incomplete. */
  criteria: ThresholdCriteria | null;
  /** Labels and test ids: the calculator names them calc-*, the card editor preview-*. */
  testIdPrefix: string;
  valueLabel?: string;
};

/** A test value scored live by POST /api/scoring/evaluate: level, score (4 decimals) and what the next level needs. */
export function EvaluationPreview({ criteria, testIdPrefix, valueLabel }: Props) {
  const { t, lang } = useI18n();
  const [value, setValue] = useState('');
  const [debouncedValue] = useDebouncedValue(value, 250);
  const [debouncedCriteria] = useDebouncedValue(criteria, 250);
  const evaluation = useEvaluation(
    debouncedCriteria ? { criteria: debouncedCriteria, value: debouncedValue } : null,
  );
  const answer = value.trim() !== '' && criteria ? evaluation.data : undefined;

  return (
    <Stack gap="sm">
      <TextInput
        label={valueLabel ?? t('scoring.testValue')}
        description={t('scoring.testHint')}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        inputMode="decimal"
        w={{ base: '100%', xs: 240 }}
        data-testid={`${testIdPrefix}-value`}
      />
      {evaluation.isError && value.trim() !== '' && (
        <ErrorAlert error={evaluation.error} withTitle={false} testId={`${testIdPrefix}-error`} />
      )}
      {answer && !evaluation.isError && (
        <Paper withBorder p="sm" data-testid={`${testIdPrefix}-result`}>
          <Group gap="lg" wrap="wrap">
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {t('scoring.level')}
              </Text>
              <LevelBadge level={answer.level} testId={`${testIdPrefix}-level`} />
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {t('scoring.score')}
              </Text>
              <Text fw={700} ff="monospace" data-testid={`${testIdPrefix}-score`}>
                {answer.score}
              </Text>
            </Stack>
            <Stack gap={2} style={{ flex: 1, minWidth: 200 }}>
              <Text size="xs" c="dimmed">
                {t('scoring.next')}
              </Text>
              <Text size="sm" data-testid={`${testIdPrefix}-next`}>
                {answer.next && criteria
                  ? calculatorNextText(answer.next, criteria.direction, criteria.inclusive, lang)
                  : t('scoring.topLevel')}
              </Text>
            </Stack>
          </Group>
        </Paper>
      )}
      {!answer && !evaluation.isError && (
        <Alert color="gray" variant="light" p="xs">
          <Text size="sm">{t('calculator.enterValue')}</Text>
        </Alert>
      )}
    </Stack>
  );
}
