import { Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useSubmission } from '../api';
import { ReopenForm } from '../components/reopen-form';
import { ReviewPanel } from '../components/review-panel';
import { SubmissionForm } from '../components/submission-form';
import { SubmissionHeader } from '../components/submission-header';
import { SubmissionHistory } from '../components/submission-history';
import { SubmissionNotice } from '../components/submission-notice';
import { SubmissionValues } from '../components/submission-values';

/**
 * /reports/submissions/:id: the district fills and sends (autosaved drafts, photos, files); the province
 * returns with a reason or approves; an approved report is read-only and may be reopened with a reason.
 */
export function SubmissionPage() {
  const { t } = useI18n();
  const submission = useSubmission(Number(useParams().id));

  if (submission.isPending) return <PageLoader />;
  if (submission.isError) return <ResourceError error={submission.error} />;

  const s = submission.data;
  return (
    <Stack gap="lg" maw={960} data-testid="submission-page" data-status={s.status}>
      <SubmissionHeader submission={s} />
      <SubmissionNotice submission={s} />
      {s.can.edit ? (
        <SubmissionForm key={`${s.id}-${s.status}-${s.events.length}`} submission={s} />
      ) : (
        <>
          {(s.status === 'draft' || s.status === 'returned') && (
            <Text size="sm" c="dimmed" data-testid="submission-read-only">
              {t('submission.readOnly')}
            </Text>
          )}
          <SubmissionValues submission={s} />
        </>
      )}
      {(s.can.review || s.reviewRefusal) && (
        <ReviewPanel submissionId={s.id} ownReport={s.reviewRefusal !== null} />
      )}
      {s.can.reopen && <ReopenForm submissionId={s.id} />}
      <SubmissionHistory events={s.events} dueDate={s.dueDate} />
    </Stack>
  );
}
