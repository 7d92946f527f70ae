import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { AccessDenied } from '../../../shared/ui/access-denied';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useCurrentUser } from '../../auth/api';
import { useDeleteReportType, useReportType } from '../api';
import { ReportTypeForm } from '../components/report-type-form';
import { canEditReportTypes, reportsLink, useReportContext } from '../report-context';
import { emptyValues, valuesOf } from '../report-type-values';

/** /reports/types/new?province= and /reports/types/:id: the report-form editor for province admins and staff. */
export function ReportTypeEditorPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { province } = useReportContext(me);
  const params = useParams();
  const id = params.id === undefined ? null : Number(params.id);
  const existing = useReportType(id ?? 0);
  const remove = useDeleteReportType();

  if (!canEditReportTypes(me)) return <AccessDenied />;
  if (id !== null && existing.isPending) return <PageLoader />;
  if (id !== null && existing.isError) return <ResourceError error={existing.error} />;

  const reportType = id === null ? null : (existing.data ?? null);
  const provinceCode = reportType?.province.code ?? province;
  const list = reportsLink('/reports/types', { province: provinceCode });

  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to={list} size="sm">
        ‹ {t('types.title')}
      </Anchor>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} data-testid="type-editor-title">
          {reportType ? t('types.edit') : t('types.new')}
        </Title>
        {reportType && !reportType.inUse && (
          <Button
            color="red"
            variant="subtle"
            onClick={() => remove.mutate(reportType.id, { onSuccess: () => navigate(list) })}
            loading={remove.isPending}
            data-testid="type-delete"
          >
            {t('types.delete')}
          </Button>
        )}
      </Group>
      {reportType && (
        <Text size="sm" c="dimmed" data-testid="type-version-note">
          {t('types.versionNote', { version: reportType.version })}
          {reportType.inUse && ` ${t('types.inUseNote')}`}
        </Text>
      )}
      {remove.isError && <ErrorAlert error={remove.error} withTitle={false} testId="type-delete-error" />}
      {provinceCode ? (
        <ReportTypeForm
          key={reportType?.id ?? 'new'}
          provinceCode={provinceCode}
          reportType={reportType}
          initial={reportType ? valuesOf(reportType) : emptyValues()}
          onSaved={() => navigate(list)}
        />
      ) : (
        <AccessDenied />
      )}
    </Stack>
  );
}
