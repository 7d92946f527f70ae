import { Badge } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';

/** ร่าง / จบแล้ว, with the version when there is more than one. */
export function FollowUpStatusBadge({ status, version }: { status: 'draft' | 'finished'; version: number }) {
  const { t } = useI18n();
  return (
    <Badge color={status === 'finished' ? 'green' : 'gray'} data-testid="follow-up-status">
      {t(status === 'finished' ? 'fu.finished' : 'fu.draft')}
      {version > 1 ? ` · ${t('fu.version', { version })}` : ''}
    </Badge>
  );
}
