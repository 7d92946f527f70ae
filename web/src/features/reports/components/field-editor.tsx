import {
  ActionIcon,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { FieldDraft } from '../report-type-values';
import { type FieldKind, fieldKinds, isAttachment } from '../types';
import { KpiPicker } from './kpi-picker';

type Props = {
  field: FieldDraft;
  index: number;
  count: number;
  provinceCode: string;
  onlyProvinceKpis: boolean;
  /** The server's message for this field (fields.<index>…), or a local one. */
  errors: Partial<Record<'labelTh' | 'min' | 'max' | 'kpiId' | 'field', string>>;
  onChange: (field: FieldDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One field of a report form: kind, Thai label, unit, required, count or value bounds, the bound KPI. */
export function FieldEditor({
  field,
  index,
  count,
  provinceCode,
  onlyProvinceKpis,
  errors,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const { t } = useI18n();
  const set = (changes: Partial<FieldDraft>) => onChange({ ...field, ...changes });
  const attachment = isAttachment(field);
  const numeric = field.kind === 'number' || field.kind === 'kpi';

  const changeKind = (kind: FieldKind) =>
    set({
      kind,
      kpiId: kind === 'kpi' ? field.kpiId : null,
      min:
        kind === 'photo' && field.min === '' ? '1' : isAttachment({ kind }) === attachment ? field.min : '',
      max: isAttachment({ kind }) === attachment ? field.max : '',
    });

  return (
    <Paper withBorder p="sm" data-testid="type-field" data-index={index} data-kind={field.kind}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={700}>
            {t('typeForm.fieldN', { n: index + 1 })}
          </Text>
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="default"
              onClick={() => onMove(-1)}
              disabled={index === 0}
              aria-label={t('typeForm.moveUp')}
              data-testid="type-field-up"
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="default"
              onClick={() => onMove(1)}
              disabled={index === count - 1}
              aria-label={t('typeForm.moveDown')}
              data-testid="type-field-down"
            >
              ↓
            </ActionIcon>
            <ActionIcon
              color="red"
              variant="light"
              onClick={onRemove}
              disabled={count === 1}
              aria-label={t('typeForm.removeField')}
              data-testid="type-field-remove"
            >
              ✕
            </ActionIcon>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <NativeSelect
            label={t('typeForm.kind')}
            value={field.kind}
            onChange={(event) => changeKind(event.currentTarget.value as FieldKind)}
            data={fieldKinds.map((kind) => ({ value: kind, label: t(`typeForm.kind.${kind}`) }))}
            data-testid="type-field-kind"
          />
          <TextInput
            label={t('typeForm.label')}
            value={field.labelTh}
            onChange={(event) => set({ labelTh: event.currentTarget.value })}
            required
            error={errors.labelTh}
            style={{ gridColumn: 'span 2' }}
            data-testid="type-field-label"
          />
        </SimpleGrid>
        <Group gap="sm" align="flex-end" wrap="wrap">
          {numeric && (
            <TextInput
              label={t('typeForm.unit')}
              placeholder={t('typeForm.unitPlaceholder')}
              value={field.unit}
              onChange={(event) => set({ unit: event.currentTarget.value })}
              w={160}
              data-testid="type-field-unit"
            />
          )}
          {field.kind !== 'text' && (
            <>
              <TextInput
                label={attachment ? t('typeForm.minCount') : t('typeForm.minValue')}
                value={field.min}
                onChange={(event) => set({ min: event.currentTarget.value })}
                inputMode="decimal"
                w={120}
                error={errors.min}
                data-testid="type-field-min"
              />
              <TextInput
                label={attachment ? t('typeForm.maxCount') : t('typeForm.maxValue')}
                value={field.max}
                onChange={(event) => set({ max: event.currentTarget.value })}
                inputMode="decimal"
                w={120}
                error={errors.max}
                data-testid="type-field-max"
              />
            </>
          )}
          <Checkbox
            label={t('typeForm.required')}
            checked={field.required}
            onChange={(event) => set({ required: event.currentTarget.checked })}
            mb={8}
            data-testid="type-field-required"
          />
        </Group>
        {field.kind === 'kpi' && (
          <KpiPicker
            provinceCode={provinceCode}
            onlyProvince={onlyProvinceKpis}
            value={field.kpiId}
            onChange={(kpiId) => set({ kpiId })}
            error={errors.kpiId}
          />
        )}
        {errors.field && (
          <Text size="sm" c="red.8" data-testid="type-field-error">
            {errors.field}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
