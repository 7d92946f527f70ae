import { Badge } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { TemplateStatus } from '../types';

const colors: Record<TemplateStatus, string> = { draft: 'gray', published: 'green', retired: 'orange' };

/** ฉบับร่าง / เผยแพร่แล้ว / เลิกใช้, with the version number. */
export function TemplateStatusBadge({
  status,
  version,
  testId = 'form-template-status',
}: {
  status: TemplateStatus;
  version: number;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <Badge color={colors[status]} variant="light" data-testid={testId} style={{ flexShrink: 0 }}>
      {t(`formTemplates.${status}`)} · {t('formTemplates.version', { version })}
    </Badge>
  );
}
