import { Badge } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';

/** "ร่าง" grey or "จบแล้ว" green, with "ฉบับที่ n" after an amendment. */
export function StatusBadge({ status, version }: { status: 'draft' | 'finished'; version: number }) {
  const { t } = useI18n();
  return (
    <Badge color={status === 'finished' ? 'green' : 'gray'} data-testid="visits-status">
      {status === 'finished' ? t('visits.finished') : t('visits.draft')}
      {version > 1 ? ` · ${t('visits.version', { version })}` : ''}
    </Badge>
  );
}
