import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { AccessDenied } from '../../../shared/ui/access-denied';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useCurrentUser } from '../../auth/api';
import { useReportTypes } from '../api';
import { ProvinceSelect } from '../components/province-select';
import { ReportTypeList } from '../components/report-type-list';
import { ReportsTabs } from '../components/reports-tabs';
import { canEditReportTypes, isDistrictUser, reportsLink, useReportContext } from '../report-context';

/** /reports/types?province=: the province's report forms; admins and staff add and change them. */
export function ReportTypesPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const { month, province, setProvince } = useReportContext(me);
  const types = useReportTypes(province);
  const canEdit = canEditReportTypes(me);

  if (isDistrictUser(me)) return <AccessDenied />;

  return (
    <Stack gap="lg" maw={1080}>
      <ReportsTabs active="types" month={month} province={province} />
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={2}>{t('types.title')}</Title>
        <Group align="flex-end" gap="sm">
          <ProvinceSelect value={province} onChange={setProvince} />
          {canEdit && province && (
            <Button
              component={Link}
              to={reportsLink('/reports/types/new', { province })}
              data-testid="type-new"
            >
              + {t('types.new')}
            </Button>
          )}
        </Group>
      </Group>
      {!canEdit && (
        <Text size="sm" c="dimmed">
          {t('types.readOnly')}
        </Text>
      )}
      {!province && <Text c="dimmed">{t('province.choose')}</Text>}
      {province && types.isPending && <PageLoader />}
      {types.isError && <ResourceError error={types.error} />}
      {types.data &&
        (types.data.length === 0 ? (
          <Stack gap="xs" align="flex-start" data-testid="report-types-empty">
            <Text fw={600}>{t('types.empty')}</Text>
            <Text size="sm" c="dimmed">
              {canEdit ? t('types.emptyNext') : t('types.emptyAsk')}
            </Text>
            {canEdit && (
              <Button component={Link} to={reportsLink('/reports/types/new', { province })} variant="light">
                + {t('types.new')}
              </Button>
            )}
          </Stack>
        ) : (
          <ReportTypeList types={types.data} canEdit={canEdit} />
        ))}
    </Stack>
  );
}
