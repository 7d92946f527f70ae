import {
  ActionIcon,
  Button,
  Checkbox,
  Collapse,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { kpiKindLabel } from '../../kpis/kpi-sections';
import { type Kpi, type KpiKind, kpiKinds } from '../../kpis/types';
import type { BuilderItem } from '../builder-values';
import { parseWeight } from '../weight-sums';
import { UnitTargetsFields } from './unit-targets-fields';

type Props = {
  item: BuilderItem;
  kpi: Kpi | undefined;
  onChange: (item: BuilderItem) => void;
  onRemove: () => void;
  /** The server's or the local message about this item. */
  error?: string;
};

/** One KPI of the agreement: section, weight, "เลือก" for optional KPIs, and the unit's targets or criteria. */
export function BuilderItemRow({ item, kpi, onChange, onRemove, error }: Props) {
  const { t } = useI18n();
  const criteriaType = kpi?.criteria.type;
  const hasDetails = criteriaType === 'tiers' || criteriaType === 'project-defined';
  const [detailsOpen, setDetailsOpen] = useState(
    hasDetails && (item.targetsJson !== '' || item.unitCriteriaJson !== ''),
  );
  const weightInvalid = parseWeight(item.weight) === null;

  return (
    <Paper withBorder p="sm" data-testid="builder-item" data-kpi-key={kpi?.key} data-kpi-id={item.kpiId}>
      <Stack gap="xs">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Text size="sm" fw={600} style={{ flex: '1 1 280px' }} mb={6}>
            {kpi ? t('kpi.title', { number: kpi.number, name: kpi.nameTh }) : item.kpiId}
          </Text>
          <Group gap="sm" align="flex-end" wrap="nowrap">
            <Select
              label={t('builder.section')}
              value={item.section}
              onChange={(section) =>
                section &&
                onChange({
                  ...item,
                  section: section as KpiKind,
                  selected: section !== 'optional' || item.selected,
                })
              }
              data={kpiKinds.map((kind) => ({ value: kind, label: t(kpiKindLabel[kind]) }))}
              allowDeselect={false}
              w={170}
              data-testid="builder-item-section"
            />
            <TextInput
              label={t('builder.weight')}
              value={item.weight}
              onChange={(event) => onChange({ ...item, weight: event.currentTarget.value })}
              inputMode="decimal"
              w={110}
              error={weightInvalid}
              data-testid="builder-item-weight"
            />
          </Group>
          {item.section === 'optional' && (
            <Checkbox
              label={t('builder.selected')}
              checked={item.selected}
              onChange={(event) => onChange({ ...item, selected: event.currentTarget.checked })}
              mb={8}
              data-testid="builder-item-selected"
            />
          )}
          {hasDetails && (
            <Button variant="subtle" size="xs" mb={4} onClick={() => setDetailsOpen((open) => !open)}>
              {t('builder.details')}
            </Button>
          )}
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('builder.remove')}
            onClick={onRemove}
            mb={6}
            data-testid="builder-item-remove"
          >
            ✕
          </ActionIcon>
        </Group>
        {hasDetails && kpi && (
          <Collapse expanded={detailsOpen}>
            <UnitTargetsFields item={item} kpi={kpi} onChange={onChange} />
          </Collapse>
        )}
        {error && (
          <Text size="sm" c="red" data-testid="builder-item-error">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
