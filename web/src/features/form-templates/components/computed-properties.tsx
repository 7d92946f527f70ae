import { Button, Checkbox, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { ComputedField, FormField, Levels } from '../types';

/** 000-I6's bands (70/75/80/85/90), the usual start for a percentage turned into a level. */
const defaultLevels: Levels = ['70', '75', '80', '85', '90'];

type Props = {
  field: ComputedField;
  onChange: (field: ComputedField) => void;
  /** The number and computed fields the formula may use. */
  keys: FormField[];
  disabled: boolean;
};

/** A computed field's formula with buttons that insert the number keys, and its optional level thresholds. */
export function ComputedProperties({ field, onChange, keys, disabled }: Props) {
  const { t } = useI18n();
  const insert = (text: string) => {
    const expression = field.expression.trimEnd();
    onChange({ ...field, expression: expression === '' ? text : `${expression} ${text}` });
  };
  return (
    <Stack gap="xs">
      <Textarea
        label={t('designer.expression')}
        description={t('designer.expressionHelp')}
        value={field.expression}
        onChange={(e) => onChange({ ...field, expression: e.currentTarget.value })}
        autosize
        minRows={1}
        disabled={disabled}
        spellCheck={false}
        autoCapitalize="off"
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        data-testid="designer-expression"
      />
      {!disabled &&
        (keys.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('designer.noNumberKeys')}
          </Text>
        ) : (
          <Group gap={4} data-testid="designer-formula-keys">
            <Text size="xs" c="dimmed">
              {t('designer.insertKey')}
            </Text>
            {keys.map((key) => (
              <Button
                key={key.key}
                size="compact-xs"
                variant="light"
                title={key.labelTh}
                onClick={() => insert(key.key)}
                data-testid="designer-insert-key"
              >
                {key.key}
              </Button>
            ))}
            {['+', '-', '*', '/', '(', ')', '100'].map((glyph) => (
              <Button key={glyph} size="compact-xs" variant="default" onClick={() => insert(glyph)}>
                {glyph}
              </Button>
            ))}
          </Group>
        ))}
      {keys.length > 0 && (
        <Text size="xs" c="dimmed">
          {keys.map((key) => `${key.key} = ${key.labelTh}`).join(' · ')}
        </Text>
      )}
      <Checkbox
        label={t('designer.useLevels')}
        checked={field.levels !== undefined}
        disabled={disabled}
        onChange={(e) => {
          const { levels: _, ...rest } = field;
          onChange(e.currentTarget.checked ? { ...rest, levels: defaultLevels } : rest);
        }}
        data-testid="designer-use-levels"
      />
      {field.levels && (
        <Stack gap={4}>
          <SimpleGrid cols={{ base: 2, xs: 5 }} spacing="xs">
            {field.levels.map((threshold, index) => (
              <TextInput
                // biome-ignore lint/suspicious/noArrayIndexKey: five fixed thresholds, levels 1–5
                key={index}
                label={t('designer.level', { level: index + 1 })}
                value={threshold}
                inputMode="decimal"
                disabled={disabled}
                onChange={(e) => {
                  const levels = [...(field.levels ?? defaultLevels)] as Levels;
                  levels[index] = e.currentTarget.value.trim();
                  onChange({ ...field, levels });
                }}
                data-testid={`designer-level-${index + 1}`}
              />
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('designer.levelsHelp')}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
