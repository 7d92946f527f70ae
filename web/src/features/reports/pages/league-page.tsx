import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatMonth } from '../../../shared/thai-date/month';
import { PageLoader } from '../../../shared/ui/page-loader';
import { useCurrentUser } from '../../auth/api';
import { AccessDenied } from '../../auth/components/access-denied';
import { ResourceError } from '../../auth/components/resource-error';
import { useLeague } from '../api';
import { MonthPicker } from '../components/month-picker';
import { ProvinceSelect } from '../components/province-select';
import { RatesSummary } from '../components/rates-summary';
import { ReportsTabs } from '../components/reports-tabs';
import { isDistrictUser, useReportContext } from '../report-context';
import type { LeagueRow } from '../types';

function rankColour(rank: number | null): string {
  if (rank === 1) return 'yellow';
  if (rank === 2) return 'gray';
  if (rank === 3) return 'orange';
  return 'indigo';
}

function Row({ row }: { row: LeagueRow }) {
  const { t } = useI18n();
  return (
    <Table.Tr data-testid="league-row" data-unit={row.unit.code} data-rank={row.rank ?? ''}>
      <Table.Td ta="center" data-testid="league-rank">
        {row.rank === null ? (
          '—'
        ) : (
          <Badge
            circle={row.rank < 100}
            size="lg"
            variant={row.rank <= 3 ? 'filled' : 'light'}
            color={rankColour(row.rank)}
          >
            {row.rank}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {row.unit.nameTh}
        </Text>
      </Table.Td>
      <Table.Td ta="right" data-testid="league-score" style={{ whiteSpace: 'nowrap' }}>
        {row.totalScore} / {row.maxScore}
      </Table.Td>
      <Table.Td ta="right" data-testid="league-percent" fw={700}>
        {row.percent ?? '—'}
      </Table.Td>
      <Table.Td ta="right" data-testid="league-submitted" visibleFrom="sm">
        {row.rates.submitted} / {row.expected}
      </Table.Td>
      <Table.Td ta="right" data-testid="league-pending">
        {row.pending > 0 ? (
          <Badge color="blue" variant="light">
            {row.pending}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed" span>
            {t('submission.empty')}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** /reports/league?province=&month=: districts ranked by timeliness points (ties share a rank: 1, 1, 3). */
export function LeaguePage() {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const { month, province, setMonth, setProvince } = useReportContext(me);
  const league = useLeague(province, month);

  if (isDistrictUser(me)) return <AccessDenied />;

  return (
    <Stack gap="lg" maw={1080}>
      <ReportsTabs active="league" month={month} province={province} />
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={2}>{t('league.title')}</Title>
          {league.data && (
            <Text c="dimmed" size="sm">
              {t('board.subtitle', {
                province: league.data.province.nameTh,
                month: formatMonth(month, lang),
              })}
            </Text>
          )}
        </div>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <ProvinceSelect value={province} onChange={setProvince} />
          <MonthPicker value={month} onChange={setMonth} />
        </Group>
      </Group>
      {!province && <Text c="dimmed">{t('province.choose')}</Text>}
      {province && league.isPending && <PageLoader />}
      {league.isError && <ResourceError error={league.error} />}
      {league.data && (
        <>
          <RatesSummary rates={league.data.rates} />
          <Text size="xs" c="dimmed">
            {t('league.rule')}
          </Text>
          {league.data.rates.expected === 0 ? (
            <Text c="dimmed" data-testid="league-empty">
              {t('league.empty')}
            </Text>
          ) : (
            <Paper withBorder p={0}>
              <Table.ScrollContainer minWidth={340}>
                <Table striped verticalSpacing="xs" horizontalSpacing="xs" data-testid="league-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th ta="center" w={64}>
                        {t('league.rank')}
                      </Table.Th>
                      <Table.Th>{t('league.district')}</Table.Th>
                      <Table.Th ta="right">{t('league.score')}</Table.Th>
                      <Table.Th ta="right">{t('league.percent')}</Table.Th>
                      <Table.Th ta="right" visibleFrom="sm">
                        {t('league.submitted')}
                      </Table.Th>
                      <Table.Th ta="right">{t('league.pending')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {league.data.rows.map((row) => (
                      <Row key={row.unit.code} row={row} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
