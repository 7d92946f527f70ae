import { Checkbox, Group, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import Decimal from 'decimal.js';
import { useI18n } from '../../../../shared/i18n/language';
import { ThaiDateInput } from '../../../../shared/ui/thai-date-input';
import { choicesOf, levelText, textOf, valueOfText } from './field-values';
import type { ChoiceField, ColumnField, ComputedField, LongTextField, ScalarValue } from './types';

export type ScalarField = ColumnField | LongTextField;

type Props = {
  field: ScalarField;
  value: unknown;
  onChange: (value: ScalarValue) => void;
  error: string | undefined;
  readOnly: boolean;
  /** data-testid of the input ("form-input-<key>", or "form-input-<table>-<row>-<column>" in a table). */
  testId: string;
  /** A label shorter than the field's (a table cell on a wide screen shows it in the header instead). */
  hideLabel?: boolean;
};

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** More options than this show as a drop-down rather than radio buttons. */
const RADIO_LIMIT = 5;

function ComputedValue({
  field,
  value,
  error,
  testId,
  hideLabel,
}: Omit<Props, 'onChange' | 'readOnly'> & {
  field: ComputedField;
}) {
  const { t } = useI18n();
  const text = textOf(value);
  // Stored without trailing zeros ("42"); shown to the field's decimals ("42.00") as the printout does.
  const shown =
    text === ''
      ? t('form.computedEmpty')
      : field.levels
        ? t('form.level', { level: levelText(text) })
        : `${DECIMAL.test(text) ? new Decimal(text).toFixed(field.decimals) : text}${field.unit ? ` ${field.unit}` : ''}`;
  return (
    <Stack gap={2}>
      {!hideLabel && (
        <Text size="sm" fw={500}>
          {field.labelTh}
        </Text>
      )}
      <Text
        size={text === '' ? 'sm' : 'md'}
        fw={text === '' ? 400 : 600}
        c={text === '' ? 'dimmed' : undefined}
        bg="gray.0"
        px="sm"
        py={6}
        style={{ borderRadius: 4 }}
        data-testid={testId}
        data-value={text}
      >
        {shown}
      </Text>
      {!hideLabel && (
        <Text size="xs" c="dimmed">
          {field.helpTh ?? t('form.computed')}
        </Text>
      )}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}

function ChoiceInput({
  field,
  value,
  onChange,
  error,
  readOnly,
  testId,
  hideLabel,
}: Props & { field: ChoiceField }) {
  const { t } = useI18n();
  const label = hideLabel ? undefined : field.labelTh;
  const description = hideLabel ? undefined : field.helpTh;
  if (field.multiple)
    return (
      <Checkbox.Group
        label={label}
        description={description}
        withAsterisk={field.required}
        value={choicesOf(value)}
        onChange={(next) => onChange(next)}
        error={error}
        readOnly={readOnly}
        data-testid={testId}
      >
        <Stack gap={6} mt={4}>
          {field.options.map((o) => (
            <Checkbox key={o.value} value={o.value} label={o.labelTh} disabled={readOnly} />
          ))}
        </Stack>
      </Checkbox.Group>
    );
  if (field.options.length > RADIO_LIMIT)
    return (
      <Select
        label={label}
        description={description}
        withAsterisk={field.required}
        placeholder={t('form.choose')}
        data={field.options.map((o) => ({ value: o.value, label: o.labelTh }))}
        value={choicesOf(value)[0] ?? null}
        onChange={(next) => onChange(next)}
        clearable={!field.required}
        error={error}
        readOnly={readOnly}
        data-testid={testId}
      />
    );
  return (
    <Radio.Group
      label={label}
      description={description}
      withAsterisk={field.required}
      value={choicesOf(value)[0] ?? null}
      onChange={(next) => onChange(next)}
      error={error}
      readOnly={readOnly}
      data-testid={testId}
    >
      <Group gap="md" mt={4}>
        {field.options.map((o) => (
          <Radio key={o.value} value={o.value} label={o.labelTh} disabled={readOnly} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/** One answer box: a number, a line, a paragraph, a date, a choice, or a computed value (read-only). */
export function ScalarInput(props: Props) {
  const { field, value, onChange, error, readOnly, testId, hideLabel } = props;
  const common = {
    label: hideLabel ? undefined : field.labelTh,
    'aria-label': field.labelTh,
    description: hideLabel ? undefined : field.helpTh,
    withAsterisk: field.required,
    error,
    readOnly,
  };
  switch (field.kind) {
    case 'computed':
      return (
        <ComputedValue field={field} value={value} error={error} testId={testId} hideLabel={hideLabel} />
      );
    case 'choice':
      return <ChoiceInput {...props} field={field} />;
    case 'date':
      return (
        <ThaiDateInput
          {...common}
          value={textOf(value)}
          onChange={(iso) => onChange(valueOfText(iso))}
          testId={testId}
        />
      );
    case 'longText':
      return (
        <Textarea
          {...common}
          autosize
          minRows={3}
          maxLength={field.maxLength ?? 5000}
          value={textOf(value)}
          onChange={(e) => onChange(valueOfText(e.currentTarget.value))}
          data-testid={testId}
        />
      );
    case 'text':
      return (
        <TextInput
          {...common}
          maxLength={field.maxLength ?? 500}
          value={textOf(value)}
          onChange={(e) => onChange(valueOfText(e.currentTarget.value))}
          data-testid={testId}
        />
      );
    case 'number':
      return (
        <TextInput
          {...common}
          inputMode="decimal"
          value={textOf(value)}
          rightSection={
            field.unit ? (
              <Text size="xs" c="dimmed" pr={4}>
                {field.unit}
              </Text>
            ) : undefined
          }
          rightSectionWidth={field.unit ? Math.min(120, 16 + field.unit.length * 8) : undefined}
          onChange={(e) => onChange(valueOfText(e.currentTarget.value.trim()))}
          data-testid={testId}
        />
      );
  }
}
