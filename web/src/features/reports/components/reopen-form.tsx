import { useI18n } from '../../../shared/i18n/language';
import { ReasonForm } from '../../../shared/ui/reason-form';
import { useSubmissionStep } from '../api';

/** "ขอแก้ไข (เปิดใหม่)": an approved report back to draft, with a reason. */
export function ReopenForm({ submissionId }: { submissionId: number }) {
  const { t } = useI18n();
  return (
    <ReasonForm
      testId="reopen"
      title={t('reopen.open')}
      help={t('reopen.help')}
      reasonLabel={t('reopen.reason')}
      submitLabel={t('reopen.submit')}
      mutation={useSubmissionStep(submissionId, 'reopen')}
    />
  );
}
