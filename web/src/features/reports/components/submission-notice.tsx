import { Alert, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatDateTime } from '../../../shared/thai-date/format-date';
import type { Submission, SubmissionAction } from '../types';

function lastEvent(submission: Submission, action: SubmissionAction) {
  return [...submission.events].reverse().find((event) => event.action === action);
}

/** What the district must know first: why it was returned or reopened, that it waits, or that it is locked. */
export function SubmissionNotice({ submission }: { submission: Submission }) {
  const { t, lang } = useI18n();
  const latest = submission.events.at(-1);

  if (submission.status === 'returned') {
    const event = lastEvent(submission, 'return');
    return (
      <Alert
        color="red"
        variant="filled"
        title={t('submission.returnedTitle')}
        data-testid="submission-returned"
      >
        <Text size="lg" fw={700} style={{ whiteSpace: 'pre-wrap' }} data-testid="submission-return-reason">
          {event?.reason ?? ''}
        </Text>
        {event && (
          <Text size="sm" mt={4}>
            {t('submission.returnedBy', {
              name: event.user?.displayName ?? t('history.system'),
              at: formatDateTime(event.at, lang),
            })}
          </Text>
        )}
      </Alert>
    );
  }
  if (submission.status === 'draft' && latest?.action === 'reopen') {
    return (
      <Alert color="yellow" title={t('submission.reopenedTitle')} data-testid="submission-reopened">
        <Text fw={600} style={{ whiteSpace: 'pre-wrap' }} data-testid="submission-reopen-reason">
          {latest.reason ?? ''}
        </Text>
        <Text size="sm" mt={4}>
          {t('submission.returnedBy', {
            name: latest.user?.displayName ?? t('history.system'),
            at: formatDateTime(latest.at, lang),
          })}
        </Text>
      </Alert>
    );
  }
  if (submission.status === 'submitted' && !submission.can.review) {
    return (
      <Alert color="blue" data-testid="submission-awaiting">
        {t('submission.awaitingText')}
      </Alert>
    );
  }
  if (submission.status === 'approved') {
    return (
      <Alert color="green" title={t('submission.approvedTitle')} data-testid="submission-approved">
        <Text size="sm">{t('submission.approvedText')}</Text>
        {submission.changedSinceApproval > 0 && (
          <Text size="sm" fw={600} mt={4} data-testid="submission-changed-since-approval">
            {t('submission.changedSinceApproval', { count: submission.changedSinceApproval })}
          </Text>
        )}
      </Alert>
    );
  }
  return null;
}
