import { Input, SegmentedControl, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { comparisonSymbol } from '../criteria-text';
import type { ThresholdDraft } from '../threshold-draft';
import type { Direction } from '../types';

type Props = {
  value: ThresholdDraft;
  onChange: (value: ThresholdDraft) => void;
  /** The server's message about the criteria, shown under the five values. */
  error?: string;
  /** Off for a measure of composite criteria, which scores by level only. */
  withInterpolate?: boolean;
};

const levels = [1, 2, 3, 4, 5] as const;

/** Five thresholds with direction (สูงดี/ต่ำดี), ≥ or >, and interpolation: the usual KPI criteria. */
export function ThresholdCriteriaEditor({ value, onChange, error, withInterpolate = true }: Props) {
  const { t } = useI18n();
  const symbol = (inclusive: boolean) => comparisonSymbol(value.direction, inclusive);
  const setThreshold = (index: number, text: string) => {
    const thresholds = [...value.thresholds] as ThresholdDraft['thresholds'];
    thresholds[index] = text;
    onChange({ ...value, thresholds });
  };

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Input.Wrapper label={t('scoring.direction')}>
          <SegmentedControl
            fullWidth
            value={value.direction}
            onChange={(direction) => onChange({ ...value, direction: direction as Direction })}
            data={[
              { value: 'higher', label: t('scoring.higher') },
              { value: 'lower', label: t('scoring.lower') },
            ]}
            data-testid="criteria-direction"
          />
        </Input.Wrapper>
        <Input.Wrapper label={t('scoring.comparison')}>
          <SegmentedControl
            fullWidth
            value={value.inclusive ? 'inclusive' : 'strict'}
            onChange={(choice) => onChange({ ...value, inclusive: choice === 'inclusive' })}
            data={[
              { value: 'inclusive', label: `${symbol(true)} ${t('scoring.inclusive')}` },
              { value: 'strict', label: `${symbol(false)} ${t('scoring.strict')}` },
            ]}
            data-testid="criteria-inclusive"
            styles={{ label: { whiteSpace: 'normal' } }}
          />
        </Input.Wrapper>
      </SimpleGrid>
      <Input.Wrapper label={t('scoring.thresholds')} error={error} data-testid="criteria-thresholds">
        <SimpleGrid cols={{ base: 2, xs: 3, sm: 5 }} spacing="xs" mt={4}>
          {levels.map((level, index) => (
            <TextInput
              key={level}
              label={t('scoring.levelN', { level })}
              leftSection={<Text size="sm">{symbol(value.inclusive)}</Text>}
              placeholder={level === 1 ? t('scoring.anyValue') : undefined}
              value={value.thresholds[index]}
              onChange={(event) => setThreshold(index, event.currentTarget.value)}
              inputMode="decimal"
              error={Boolean(error)}
              data-testid={`criteria-threshold-${level}`}
            />
          ))}
        </SimpleGrid>
      </Input.Wrapper>
      {withInterpolate && (
        <Switch
          label={t('scoring.interpolate')}
          checked={value.interpolate}
          onChange={(event) => onChange({ ...value, interpolate: event.currentTarget.checked })}
          data-testid="criteria-interpolate"
        />
      )}
    </Stack>
  );
}
