import { Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useI18n } from '../../../../shared/i18n/language';
import { FieldLabel } from './field-label';
import { problemAt, signersOf } from './field-values';
import type { FieldInputProps, SignatureField, Signer } from './types';

type Props = FieldInputProps<SignatureField, Signer[]>;

const SIGNER_PARTS = [
  { part: 'name', labelKey: 'form.signName' },
  { part: 'position', labelKey: 'form.signPosition' },
] as const;

/** The signers' lines: a name and a position for each (ผู้ให้ข้อมูล, ผู้ติดตาม คนที่ 1–3). */
export function SignatureFieldInput({ field, value, onChange, problems, readOnly }: Props) {
  const { t } = useI18n();
  const signers = signersOf(value, field.count);
  const set = (index: number, part: keyof Signer, text: string) =>
    onChange(signers.map((s, i) => (i === index ? { ...s, [part]: text } : s)));
  const fieldError = problemAt(problems, field.key);
  return (
    <Stack gap="xs" data-testid={`form-signature-${field.key}`}>
      <FieldLabel field={field} />
      {signers.map((signer, index) => {
        const label =
          field.count > 1 ? t('form.signer', { label: field.labelTh, n: index + 1 }) : field.labelTh;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a signer's line is its place (ผู้ติดตามคนที่ n)
          <Paper key={index} withBorder p="sm">
            <Text size="sm" fw={600} mb={4}>
              {label}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {SIGNER_PARTS.map(({ part, labelKey }) => (
                <TextInput
                  key={part}
                  label={t(labelKey)}
                  aria-label={`${label} ${t(labelKey)}`}
                  value={signer[part]}
                  maxLength={200}
                  onChange={(e) => set(index, part, e.currentTarget.value)}
                  error={problemAt(problems, `${field.key}.${index}.${part}`)}
                  readOnly={readOnly}
                  data-testid={`form-signature-${field.key}-${index}-${part}`}
                />
              ))}
            </SimpleGrid>
          </Paper>
        );
      })}
      {fieldError && (
        <Text size="xs" c="red">
          {fieldError}
        </Text>
      )}
    </Stack>
  );
}
