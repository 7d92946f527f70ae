import { Badge } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { AgreementStatus } from '../types';

const colors: Record<AgreementStatus, string> = { draft: 'yellow', signed: 'green', superseded: 'gray' };

/** ร่าง / ลงนามแล้ว / ถูกแทนที่ */
export function StatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={colors[status]} variant="light" data-testid="agreement-status" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}
