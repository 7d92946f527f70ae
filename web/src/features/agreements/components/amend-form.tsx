import { useNavigate } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { ReasonForm } from '../../../shared/ui/reason-form';
import { useAmendAgreement } from '../api';

/** "ขอแก้ไขคำรับรอง": a reason, then the new draft version opens. */
export function AmendForm({ agreementId }: { agreementId: number }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <ReasonForm
      testId="amend"
      title={t('agreement.amend')}
      help={t('agreement.amendHelp')}
      reasonLabel={t('agreement.amendReason')}
      submitLabel={t('agreement.amendSubmit')}
      mutation={useAmendAgreement(agreementId)}
      onDone={(view) => navigate(`/agreements/${view.agreement.id}`)}
    />
  );
}
