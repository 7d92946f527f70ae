import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { AccessDenied } from '../../../shared/ui/access-denied';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useKpiSet, useSaveKpi } from '../api';
import { KpiForm } from '../components/kpi-form';
import { emptyKpiValues, kpiValues } from '../kpi-form-values';
import { roundLabel } from '../round-label';

/** /kpi-sets/:id/kpis/new and /kpi-sets/:id/kpis/:kpiId/edit: the KPI card editor. */
export function KpiEditorPage() {
  const { t, lang } = useI18n();
  const params = useParams();
  const kpiSetId = Number(params.id);
  const kpiId = params.kpiId === undefined ? null : Number(params.kpiId);
  const navigate = useNavigate();
  const detail = useKpiSet(kpiSetId);
  const save = useSaveKpi(kpiSetId);

  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ResourceError error={detail.error} />;

  const { set, round, kpis, canEdit } = detail.data;
  if (!canEdit) return <AccessDenied />;
  const kpi = kpiId === null ? undefined : kpis.find((k) => k.id === kpiId);
  const back = `/kpi-sets/${set.id}`;
  if (kpiId !== null && !kpi) return <ResourceError error={new Error('not found')} />;

  return (
    <Stack gap="md" maw={1000}>
      <Anchor component={Link} to={back} size="sm">
        {set.nameTh}
      </Anchor>
      <div>
        <Title order={2} data-testid="kpi-editor-title">
          {t(kpi ? 'editor.editTitle' : 'editor.newTitle')}
        </Title>
        <Text c="dimmed" size="sm">
          {roundLabel(round, lang)}
        </Text>
      </div>
      <KpiForm
        key={kpi?.id ?? 'new'}
        initialValues={kpi ? kpiValues(kpi) : emptyKpiValues()}
        pending={save.isPending}
        error={save.error}
        onSubmit={(card) =>
          save.mutate(
            { id: kpi?.id ?? null, card, rowVersion: kpi?.rowVersion },
            { onSuccess: () => navigate(back) },
          )
        }
        onCancel={() => navigate(back)}
      />
    </Stack>
  );
}
