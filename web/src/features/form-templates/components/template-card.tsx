import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatDate } from '../../../shared/thai-date/format-date';
import { useCurrentUser } from '../../auth/api';
import { canWrite } from '../template-access';
import type { TemplateSummary } from '../types';
import { NewVersionButton } from './new-version-button';
import { TemplateStatusBadge } from './status-badge';

/** One template in the list: title, owner, status and version, and what the user may do with it. */
export function TemplateCard({ template, onCopy }: { template: TemplateSummary; onCopy: () => void }) {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const writable = canWrite(me, template);
  return (
    <Paper withBorder p="md" data-testid="form-template-card">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={700} data-testid="form-template-card-title" style={{ overflowWrap: 'anywhere' }}>
            {template.titleTh}
          </Text>
          <TemplateStatusBadge status={template.status} version={template.version} />
        </Group>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {template.unit ? template.unit.nameTh : t('formTemplates.departmentWide')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('formTemplates.updated', { date: formatDate(template.updatedAt, lang) })}
        </Text>
        <Group gap="xs" align="flex-start">
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`/form-templates/${template.id}`}
            data-testid="form-template-open"
          >
            {t('formTemplates.open')}
          </Button>
          {writable && template.status !== 'draft' && (
            <NewVersionButton
              id={template.id}
              label={t('formTemplates.newVersionFrom')}
              variant="default"
              testId="form-template-new-version"
            />
          )}
          {!writable && (
            <Button size="xs" variant="default" onClick={onCopy} data-testid="form-template-copy">
              {t('formTemplates.copyFrom')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
