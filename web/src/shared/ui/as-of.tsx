import { Text } from '@mantine/core';
import { useI18n } from '../i18n/language';
import { formatDateTime } from '../thai-date/format-date';

/** "ข้อมูล ณ เวลา …": when the server read a view it may answer from its short-lived cache (asOf). */
export function AsOf({ at }: { at: string }) {
  const { t, lang } = useI18n();
  return (
    <Text size="xs" c="dimmed" data-testid="as-of">
      {t('asOf.text', { time: formatDateTime(at, lang) })}
    </Text>
  );
}
