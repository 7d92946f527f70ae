import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useSubmissionStep } from '../api';

/** "ขอแก้ไข (เปิดใหม่)": an approved report back to draft, with a reason (at least 5 characters). */
export function ReopenForm({ submissionId }: { submissionId: number }) {
  const { t } = useI18n();
  const reopen = useSubmissionStep(submissionId, 'reopen');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');

  if (!open)
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)} data-testid="reopen-open">
          {t('reopen.open')}
        </Button>
      </Group>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    reopen.mutate(reason.trim());
  };
  const reasonError = fieldError(reopen.error, 'reason');

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} data-testid="reopen-form">
        <Stack gap="sm">
          <Text fw={600}>{t('reopen.open')}</Text>
          <Text size="sm" c="dimmed">
            {t('reopen.help')}
          </Text>
          <Textarea
            label={t('reopen.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            minLength={5}
            autosize
            minRows={2}
            error={reasonError}
            data-testid="reopen-reason"
          />
          {reopen.isError && !reasonError && <ErrorAlert error={reopen.error} withTitle={false} />}
          <Group gap="xs">
            <Button
              type="submit"
              loading={reopen.isPending}
              disabled={reason.trim().length < 5}
              data-testid="reopen-submit"
            >
              {t('reopen.submit')}
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
