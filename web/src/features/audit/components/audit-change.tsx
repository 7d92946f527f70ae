import { Code, SimpleGrid, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { AuditEntry } from '../types';

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={4} miw={0}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </Code>
    </Stack>
  );
}

/** The record before and after the change, side by side. */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="audit-detail">
      <JsonBlock label={t('audit.before')} value={entry.before} />
      <JsonBlock label={t('audit.after')} value={entry.after} />
    </SimpleGrid>
  );
}
