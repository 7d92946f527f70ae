import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { fieldError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useSubmissionStep } from '../api';

/**
 * The responsible provincial officer: "ส่งกลับแก้ไข" with a reason (the report then scores 0) or "อนุมัติ" (locks it).
 * Both stay disabled, with the reason, for the officer who sent the report: someone else reviews it.
 */
export function ReviewPanel({ submissionId, ownReport }: { submissionId: number; ownReport: boolean }) {
  const { t } = useI18n();
  const back = useSubmissionStep(submissionId, 'return');
  const approve = useSubmissionStep(submissionId, 'approve');
  const [reason, setReason] = useState('');
  const reasonError = fieldError(back.error, 'reason');
  const busy = back.isPending || approve.isPending || ownReport;

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} bg="indigo.0" data-testid="review-panel">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('review.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('review.help')}
        </Text>
        <Textarea
          label={t('review.reason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={2}
          error={reasonError}
          data-testid="review-reason"
        />
        {ownReport && (
          <Text size="sm" c="red" fw={600} data-testid="review-own-report">
            {t('review.ownReport')}
          </Text>
        )}
        {back.isError && !reasonError && (
          <ErrorAlert error={back.error} withTitle={false} testId="review-error" />
        )}
        {approve.isError && <ErrorAlert error={approve.error} withTitle={false} testId="review-error" />}
        <Group gap="sm">
          <Button
            color="red"
            variant="light"
            onClick={() => back.mutate(reason.trim())}
            loading={back.isPending}
            disabled={busy || reason.trim().length < 5}
            title={
              ownReport
                ? t('review.ownReport')
                : reason.trim().length < 5
                  ? t('review.reasonNeeded')
                  : undefined
            }
            data-testid="review-return"
          >
            {t('review.return')}
          </Button>
          <Button
            color="green"
            onClick={() => approve.mutate(undefined)}
            loading={approve.isPending}
            disabled={busy}
            title={ownReport ? t('review.ownReport') : undefined}
            data-testid="review-approve"
          >
            {t('review.approve')}
          </Button>
        </Group>
        {reason.trim().length > 0 && reason.trim().length < 5 && (
          <Text size="xs" c="dimmed">
            {t('review.reasonNeeded')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
