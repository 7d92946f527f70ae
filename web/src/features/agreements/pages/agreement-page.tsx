import { Alert, Button, Group, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useCurrentUser } from '../../auth/api';
import { useKpiSet } from '../../kpis/api';
import { useAgreement } from '../api';
import { AgreementHeader } from '../components/agreement-header';
import { AgreementItemsTable } from '../components/agreement-items-table';
import { AgreementSignatures } from '../components/agreement-signatures';
import { AgreementTotal } from '../components/agreement-total';
import { AmendForm } from '../components/amend-form';

/** /agreements/:id: the agreement with every KPI's result, level, score and the weighted total. */
export function AgreementPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const view = useAgreement(Number(useParams().id));
  const detail = useKpiSet(view.data?.agreement.kpiSetId ?? 0, view.isSuccess);

  if (view.isPending) return <PageLoader />;
  if (view.isError) return <ResourceError error={view.error} />;

  const { agreement } = view.data;
  const canAmend = agreement.status === 'signed' && detail.data?.canEdit === true;

  return (
    <Stack gap="lg" maw={1280}>
      <AgreementHeader agreement={agreement} round={detail.data?.round} setName={detail.data?.set.nameTh} />
      <Group gap="xs">
        {view.data.canEdit && (
          <Button
            component={Link}
            to={`/agreements/${agreement.id}/edit`}
            size="sm"
            data-testid="agreement-edit"
          >
            {t('agreement.edit')}
          </Button>
        )}
        <Button
          component={Link}
          to={`/print/agreements/${agreement.id}/summary`}
          variant="default"
          size="sm"
          data-testid="print-summary"
        >
          {t('agreement.printSummary')}
        </Button>
        <Button
          component={Link}
          to={`/print/agreements/${agreement.id}/follow-up`}
          variant="default"
          size="sm"
          data-testid="print-follow-up"
        >
          {t('agreement.printFollowUp')}
        </Button>
      </Group>
      {view.data.warnings.map((warning) => (
        <Alert key={warning} color="yellow" data-testid="agreement-warning">
          {warning}
        </Alert>
      ))}
      <AgreementItemsTable
        view={view.data}
        optionalRequired={agreement.optionalRequired}
        unitCode={agreement.agent.code}
        canEnterResults={me.role !== 'viewer'}
        round={detail.data?.round}
      />
      <AgreementTotal view={view.data} />
      <AgreementSignatures view={view.data} />
      {canAmend && <AmendForm agreementId={agreement.id} />}
    </Stack>
  );
}
