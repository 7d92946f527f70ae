import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { RemoveButton } from '../../kpis/components/remove-button';
import { removeAt, replaceAt } from '../definition-edit';
import type { ChoiceOption } from '../types';

/** The next free option value: a, b, c … then o27, o28. */
function nextValue(options: readonly ChoiceOption[]): string {
  const used = new Set(options.map((o) => o.value));
  for (let n = 0; ; n += 1) {
    const value = n < 26 ? String.fromCharCode(97 + n) : `o${n + 1}`;
    if (!used.has(value)) return value;
  }
}

/** A choice field's options: the Thai text the user reads and a short value the data keeps. */
export function ChoiceOptions({
  options,
  onChange,
  disabled,
}: {
  options: ChoiceOption[];
  onChange: (options: ChoiceOption[]) => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  return (
    <Stack gap={6} data-testid="designer-options">
      <Text size="sm" fw={500}>
        {t('designer.options')}
      </Text>
      {options.map((option, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: options are edited in place, values may be retyped
        <Group key={index} gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label={t('designer.optionLabel', { number: index + 1 })}
            value={option.labelTh}
            disabled={disabled}
            onChange={(e) =>
              onChange(replaceAt(options, index, { ...option, labelTh: e.currentTarget.value }))
            }
            style={{ flex: 1, minWidth: 0 }}
            data-testid="designer-option-label"
          />
          <TextInput
            label={t('designer.optionValue')}
            value={option.value}
            disabled={disabled}
            w={80}
            onChange={(e) => onChange(replaceAt(options, index, { ...option, value: e.currentTarget.value }))}
            data-testid="designer-option-value"
          />
          {!disabled && (
            <RemoveButton
              label={t('designer.removeOption', { number: index + 1 })}
              onClick={() => onChange(removeAt(options, index))}
              testId="designer-option-remove"
            />
          )}
        </Group>
      ))}
      {!disabled && (
        <Group>
          <Button
            size="xs"
            variant="default"
            onClick={() =>
              onChange([...options, { value: nextValue(options), labelTh: `ตัวเลือกที่ ${options.length + 1}` }])
            }
            data-testid="designer-add-option"
          >
            {t('designer.addOption')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
