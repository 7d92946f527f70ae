import { Group, Stack, Text, Title } from '@mantine/core';
import { Navigate } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatMonth } from '../../../shared/thai-date/month';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useCurrentUser } from '../../auth/api';
import { useCalendar } from '../api';
import { MonthPicker } from '../components/month-picker';
import { MyReportCard } from '../components/my-report-card';
import { ReportsTabs } from '../components/reports-tabs';
import { isDistrictUser, reportsLink, useReportContext } from '../report-context';

/**
 * /reports?month=YYYY-MM (&unit= for a province looking at one district): the month's reports of a district,
 * from GET /api/reports/calendar. Province users without a unit go to the board.
 */
export function MyReportsPage() {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const { month, unit, province, setMonth } = useReportContext(me);
  const calendar = useCalendar(unit, month);

  if (!unit) return <Navigate to={reportsLink('/reports/board', { month, province })} replace />;

  const mine = isDistrictUser(me) && unit === me.unit.code;
  const unitLabel = calendar.data?.unit.nameTh ?? unit;

  return (
    <Stack gap="lg" maw={960}>
      <ReportsTabs active={mine ? 'mine' : null} month={month} province={calendar.data?.province.code} />
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={2} data-testid="my-reports-title">
            {mine ? t('mine.title') : t('mine.titleOf', { unit: unitLabel })}
          </Title>
          <Text c="dimmed" size="sm">
            {mine ? unitLabel : ''} {t('mine.subtitle', { month: formatMonth(month, lang) })}
          </Text>
        </div>
        <MonthPicker value={month} onChange={setMonth} withData={calendar.data?.monthsWithData} />
      </Group>
      {calendar.isPending && <PageLoader />}
      {calendar.isError && <ResourceError error={calendar.error} />}
      {calendar.data &&
        (calendar.data.entries.length === 0 ? (
          <Text c="dimmed" data-testid="my-reports-empty">
            {t('mine.empty')}
          </Text>
        ) : (
          <Stack gap="sm" data-testid="my-reports">
            {calendar.data.entries.map((entry) => (
              <MyReportCard
                key={`${entry.reportType.id}-${entry.periodKey}`}
                entry={entry}
                unitCode={calendar.data.unit.code}
                month={month}
                canFill={me.permissions.editUnits}
              />
            ))}
          </Stack>
        ))}
    </Stack>
  );
}
