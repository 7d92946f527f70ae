import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { groupDecimal } from '../period-label';
import { isAttachment, type Submission } from '../types';
import { AttachmentField } from './attachment-field';

/** The report as sent: for reviewers, for the district while it waits, and once approved (locked). */
export function SubmissionValues({ submission }: { submission: Submission }) {
  const { t } = useI18n();
  const { fields } = submission.reportType;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid="submission-values">
      <Stack gap="md">
        <Title order={3} size="h4">
          {t('submission.values')}
        </Title>
        {fields.map((field) => {
          if (isAttachment(field)) {
            return (
              <AttachmentField
                key={field.id}
                submissionId={submission.id}
                field={field}
                files={submission.files.filter((file) => file.fieldId === field.id)}
                editable={false}
              />
            );
          }
          const value = submission.values[field.id];
          const shown =
            value === undefined
              ? t('submission.empty')
              : field.kind === 'text'
                ? value
                : `${groupDecimal(value)}${field.unit ? ` ${field.unit}` : ''}`;
          return (
            <div key={field.id} data-testid="field-value" data-field={field.id} data-value={value ?? ''}>
              <Group gap={6}>
                <Text size="sm" c="dimmed">
                  {field.labelTh}
                </Text>
                {field.kind === 'kpi' && (
                  <Badge size="xs" variant="light" color="grape" style={{ textTransform: 'none' }}>
                    {t('submission.kpiBadge')}
                  </Badge>
                )}
              </Group>
              <Text fw={600} style={{ whiteSpace: 'pre-wrap' }} data-testid="field-value-text">
                {shown}
              </Text>
            </div>
          );
        })}
        <div>
          <Text size="sm" c="dimmed">
            {t('submission.narrative')}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="submission-narrative-text">
            {submission.narrative ?? t('submission.empty')}
          </Text>
        </div>
      </Stack>
    </Paper>
  );
}
