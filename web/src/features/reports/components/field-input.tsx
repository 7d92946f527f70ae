import { Badge, Group, Text, Textarea, TextInput } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { groupDecimal } from '../period-label';
import type { ReportField } from '../types';

type Props = {
  field: ReportField;
  value: string;
  /** The value as the server stored it (numbers canonical: "๑,๒๐๐" is stored as "1200"). */
  saved: string | undefined;
  error: string | undefined;
  onChange: (value: string) => void;
};

function Label({ field }: { field: ReportField }) {
  const { t } = useI18n();
  return (
    <Group gap={6} wrap="wrap" component="span" style={{ display: 'inline-flex' }}>
      <span>{field.labelTh}</span>
      {field.kind === 'kpi' && (
        <Badge size="xs" variant="light" color="grape" style={{ textTransform: 'none' }}>
          {t('submission.kpiBadge')}
        </Badge>
      )}
    </Group>
  );
}

/** A number (with its unit; Thai digits accepted), a KPI value, or text. Files and photos: AttachmentField. */
export function FieldInput({ field, value, saved, error, onChange }: Props) {
  const { t } = useI18n();
  const common = {
    label: <Label field={field} />,
    withAsterisk: field.required,
    error,
    'data-testid': 'field-input',
    'data-field': field.id,
    'data-kind': field.kind,
  };

  if (field.kind === 'text') {
    return (
      <Textarea
        {...common}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={10}
      />
    );
  }

  const showSaved = saved !== undefined && saved !== value.trim();
  const description = (
    <>
      {field.kind === 'kpi' ? t('submission.kpiHint') : t('submission.numberHint')}
      {showSaved && (
        <Text span size="xs" c="teal.8" fw={600} ml={6} data-testid="field-saved-value" data-field={field.id}>
          · {t('submission.savedAs', { value: groupDecimal(saved) })}
        </Text>
      )}
    </>
  );
  return (
    <TextInput
      {...common}
      description={description}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      inputMode="decimal"
      autoComplete="off"
      rightSection={
        field.unit ? (
          <Text size="sm" c="dimmed" pr="xs" style={{ whiteSpace: 'nowrap' }}>
            {field.unit}
          </Text>
        ) : undefined
      }
      rightSectionWidth={field.unit ? Math.min(140, 24 + field.unit.length * 9) : undefined}
      rightSectionPointerEvents="none"
      maw={420}
    />
  );
}
