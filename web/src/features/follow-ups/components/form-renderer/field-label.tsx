import { Text } from '@mantine/core';

type Props = { field: { labelTh: string; required: boolean; helpTh?: string }; note?: string };

/** A compound field's heading (a table, photos, signers): its label, a red * when required, its help and a note. */
export function FieldLabel({ field, note }: Props) {
  const help = [field.helpTh, note].filter(Boolean).join(' · ');
  return (
    <div>
      <Text size="sm" fw={500}>
        {field.labelTh}
        {field.required && <span style={{ color: 'var(--mantine-color-red-6)' }}> *</span>}
      </Text>
      {help && (
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      )}
    </div>
  );
}
