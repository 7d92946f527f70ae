import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatMonth } from '../../../shared/thai-date/month';
import { AccessDenied } from '../../../shared/ui/access-denied';
import { AsOf } from '../../../shared/ui/as-of';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useCurrentUser } from '../../auth/api';
import { useBoard } from '../api';
import { BoardTable } from '../components/board-table';
import { MonthPicker } from '../components/month-picker';
import { ProvinceCalendar } from '../components/province-calendar';
import { ProvinceSelect } from '../components/province-select';
import { RatesSummary } from '../components/rates-summary';
import { ReportsTabs } from '../components/reports-tabs';
import { canEditReportTypes, isDistrictUser, reportsLink, useReportContext } from '../report-context';

/** /reports/board?province=&month=: the live board of every district × report, its rates, and the month's calendar. */
export function BoardPage() {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const { month, province, setMonth, setProvince } = useReportContext(me);
  const board = useBoard(province, month);

  if (isDistrictUser(me)) return <AccessDenied />;

  return (
    <Stack gap="lg" maw={1280}>
      <ReportsTabs active="board" month={month} province={province} />
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={2}>{t('board.title')}</Title>
          {board.data && (
            <Text c="dimmed" size="sm" data-testid="board-subtitle">
              {t('board.subtitle', { province: board.data.province.nameTh, month: formatMonth(month, lang) })}
            </Text>
          )}
          {board.data && <AsOf at={board.data.asOf} />}
        </div>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <ProvinceSelect value={province} onChange={setProvince} />
          <MonthPicker value={month} onChange={setMonth} withData={board.data?.monthsWithData} />
        </Group>
      </Group>
      {!province && (
        <Text c="dimmed" data-testid="board-choose-province">
          {t('province.choose')}
        </Text>
      )}
      {province && board.isPending && <PageLoader />}
      {board.isError && <ResourceError error={board.error} />}
      {board.data && (
        <>
          <RatesSummary rates={board.data.rates} />
          {board.data.columns.length === 0 ? (
            <Stack gap="xs" align="flex-start" data-testid="board-empty">
              <Text c="dimmed">{t('board.empty')}</Text>
              {canEditReportTypes(me) && (
                <Button
                  component={Link}
                  to={reportsLink('/reports/types', { province })}
                  variant="light"
                  size="compact-sm"
                >
                  {t('board.emptyNext')}
                </Button>
              )}
            </Stack>
          ) : (
            <BoardTable board={board.data} />
          )}
          <ProvinceCalendar province={province} month={month} canEdit={canEditReportTypes(me)} />
        </>
      )}
    </Stack>
  );
}
