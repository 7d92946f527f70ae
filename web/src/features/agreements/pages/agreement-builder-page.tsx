import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useKpiSet } from '../../kpis/api';
import { roundLabel } from '../../kpis/round-label';
import type { KpiSetDetail } from '../../kpis/types';
import { useAgreement, useCreateAgreement, useUpdateAgreement } from '../api';
import { builderItemOf } from '../builder-values';
import { AgreementForm, type AgreementFormValues } from '../components/agreement-form';
import type { AgreementView } from '../types';

function Heading({ detail, title }: { detail: KpiSetDetail; title: string }) {
  const { lang } = useI18n();
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={`/kpi-sets/${detail.set.id}?tab=agreements`} size="sm">
        {detail.set.nameTh}
      </Anchor>
      <Title order={2} data-testid="builder-title">
        {title}
      </Title>
      <Text c="dimmed" size="sm">
        {roundLabel(detail.round, lang)}
      </Text>
    </Stack>
  );
}

/** /kpi-sets/:id/agreements/new */
export function NewAgreementPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const detail = useKpiSet(Number(useParams().id));
  const create = useCreateAgreement();

  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ResourceError error={detail.error} />;

  const owner = detail.data.set.owner.code;
  const initialValues: AgreementFormValues = {
    pair: owner === 'CDD' ? 'dg_province' : 'province_district',
    agentCode: '',
    optionalRequired: 0,
    items: [],
  };

  return (
    <Stack gap="md" maw={1000}>
      <Heading detail={detail.data} title={t('builder.newTitle')} />
      <AgreementForm
        kpis={detail.data.kpis}
        ownerCode={owner}
        initialValues={initialValues}
        fixedParties={false}
        pending={create.isPending}
        error={create.error}
        onSubmit={(parties, body) =>
          create.mutate(
            { kpiSetId: detail.data.set.id, ...parties, ...body },
            { onSuccess: (view) => navigate(`/agreements/${view.agreement.id}`) },
          )
        }
      />
    </Stack>
  );
}

function EditForm({ view, detail }: { view: AgreementView; detail: KpiSetDetail }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const update = useUpdateAgreement(view.agreement.id);
  const { agreement } = view;
  // The version the form was opened at: a refetch while editing never moves it.
  const [rowVersion] = useState(agreement.rowVersion);
  const initialValues: AgreementFormValues = {
    pair: agreement.pair,
    agentCode: `${agreement.agent.nameTh} (${agreement.agent.code})`,
    optionalRequired: agreement.optionalRequired,
    items: view.items.map(builderItemOf),
  };
  return (
    <Stack gap="md" maw={1000}>
      <Heading
        detail={detail}
        title={`${t('builder.editTitle')} · ${t('agreements.versionN', { version: agreement.version })}`}
      />
      <AgreementForm
        kpis={detail.kpis}
        ownerCode={detail.set.owner.code}
        initialValues={initialValues}
        fixedParties
        pending={update.isPending}
        error={update.error}
        onSubmit={(_, body) =>
          update.mutate({ ...body, rowVersion }, { onSuccess: () => navigate(`/agreements/${agreement.id}`) })
        }
      />
    </Stack>
  );
}

function Locked({ agreementId }: { agreementId: number }) {
  const { t } = useI18n();
  return (
    <Stack gap="md" maw={720}>
      <Alert color="yellow" data-testid="builder-locked">
        {t('builder.locked')}
      </Alert>
      <Anchor component={Link} to={`/agreements/${agreementId}`}>
        {t('agreement.title')}
      </Anchor>
    </Stack>
  );
}

/** /agreements/:id/edit: drafts only; the server refuses (409 'locked') once signed. */
export function EditAgreementPage() {
  const view = useAgreement(Number(useParams().id));
  const detail = useKpiSet(view.data?.agreement.kpiSetId ?? 0, view.isSuccess);
  if (view.isPending || (view.isSuccess && detail.isPending)) return <PageLoader />;
  if (view.isError) return <ResourceError error={view.error} />;
  if (detail.isError) return <ResourceError error={detail.error} />;
  if (!detail.data) return <PageLoader />;
  if (!view.data.canEdit) return <Locked agreementId={view.data.agreement.id} />;
  return <EditForm key={view.data.agreement.id} view={view.data} detail={detail.data} />;
}
