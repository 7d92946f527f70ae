import { Group, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { LIGHT_FILL } from '../figures';
import type { Light } from '../types';

const lights: Light[] = ['red', 'yellow', 'green'];

/** The legend seed 004 prints under every page of its summary table (L71–75). */
export function ColourLegend() {
  const { t } = useI18n();
  return (
    <Group gap="md" data-testid="quarterly-legend" wrap="wrap">
      <Text size="sm" fw={700}>
        {t('quarterly.legend')}
      </Text>
      {lights.map((light) => (
        <Group key={light} gap={6} wrap="nowrap">
          <span
            aria-hidden
            style={{
              display: 'inline-block',
              width: 14,
              height: 14,
              borderRadius: 3,
              background: LIGHT_FILL[light],
              border: '1px solid #495057',
            }}
          />
          <Text size="sm">{t(`quarterly.legend.${light}`)}</Text>
        </Group>
      ))}
    </Group>
  );
}
