import { Button, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { fromThaiDigits } from '../../../shared/i18n/thai-digits';
import type { Kpi } from '../../kpis/types';
import { criteriaLevelTexts } from '../../scoring/criteria-text';
import type { Criteria, Direction } from '../../scoring/types';
import type { BuilderItem } from '../builder-values';

type Props = { item: BuilderItem; kpi: Kpi; onChange: (item: BuilderItem) => void };

const levels = [0, 1, 2, 3, 4];

function objectOf(text: string): Record<string, unknown> {
  try {
    const value: unknown = text.trim() === '' ? {} : JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

const toJson = (value: Record<string, unknown>) =>
  Object.keys(value).length === 0 ? '' : JSON.stringify(value);

/** The unit's amount for each target tier (ค่าเป้าหมายขั้นต่ำ / มาตรฐาน / สูง), kept beside any other target the unit has. */
function TierTargets({ item, kpi, onChange }: Props) {
  const { t } = useI18n();
  if (kpi.criteria.type !== 'tiers') return null;
  const targets = objectOf(item.targetsJson);
  const tiers = (targets.tiers ?? {}) as Record<string, string>;
  const set = (id: string, text: string) => {
    const { [id]: _dropped, ...others } = tiers;
    const value = fromThaiDigits(text.trim());
    const next = value === '' ? others : { ...others, [id]: value };
    const { tiers: _old, ...rest } = targets;
    onChange({
      ...item,
      targetsJson: toJson(Object.keys(next).length === 0 ? rest : { ...rest, tiers: next }),
    });
  };
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('builder.targets')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
        {kpi.criteria.tiers.map((tier) => (
          <TextInput
            key={tier.id}
            label={tier.label}
            value={tiers[tier.id] ?? ''}
            onChange={(event) => set(tier.id, event.currentTarget.value)}
            inputMode="decimal"
            data-testid="builder-item-tier"
            data-tier={tier.id}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** The unit's own five levels for a project-defined KPI (001 L509): a direction and each level's threshold. */
function OwnCriteria({ item, onChange }: Omit<Props, 'kpi'>) {
  const { t, lang } = useI18n();
  const own = objectOf(item.unitCriteriaJson);
  if (own.type !== undefined && own.type !== 'threshold') {
    return (
      <Stack gap={4} align="flex-start">
        <Text size="sm" fw={500}>
          {t('builder.unitCriteria')}
        </Text>
        {criteriaLevelTexts(own as Criteria, lang).map((text, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the five levels are fixed positions
          <Text key={index} size="sm">
            {t('kpi.levelText', { level: index + 1 })}: {text}
          </Text>
        ))}
        <Button size="compact-xs" variant="light" onClick={() => onChange({ ...item, unitCriteriaJson: '' })}>
          {t('builder.ownReset')}
        </Button>
      </Stack>
    );
  }
  const direction = (own.direction as Direction | undefined) ?? 'higher';
  const thresholds = (own.thresholds as (string | null)[] | undefined) ?? [null, null, null, null, null];
  const save = (nextDirection: Direction, next: (string | null)[]) =>
    onChange({
      ...item,
      unitCriteriaJson: next.every((value) => value === null)
        ? ''
        : JSON.stringify({ type: 'threshold', direction: nextDirection, inclusive: true, thresholds: next }),
    });
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('builder.unitCriteria')}
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          value={direction}
          onChange={(value) => save(value as Direction, thresholds)}
          data={[
            { value: 'higher', label: t('builder.higher') },
            { value: 'lower', label: t('builder.lower') },
          ]}
          data-testid="builder-item-direction"
        />
        {levels.map((index) => (
          <TextInput
            key={index}
            label={t('kpi.levelText', { level: index + 1 })}
            value={thresholds[index] ?? ''}
            onChange={(event) => {
              const value = fromThaiDigits(event.currentTarget.value.trim());
              save(
                direction,
                thresholds.map((old, i) => (i === index ? value || null : old)),
              );
            }}
            inputMode="decimal"
            w={90}
            data-testid="builder-item-threshold"
          />
        ))}
      </Group>
    </Stack>
  );
}

/** What a unit sets for itself in its agreement: target amounts for a tiers KPI, its own levels for a project KPI. */
export function UnitTargetsFields({ item, kpi, onChange }: Props) {
  return kpi.criteria.type === 'tiers' ? (
    <TierTargets item={item} kpi={kpi} onChange={onChange} />
  ) : (
    <OwnCriteria item={item} onChange={onChange} />
  );
}
