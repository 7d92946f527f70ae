import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import { formatMonth } from '../../../shared/thai-date/month';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useCurrentUser } from '../../auth/api';
import { useLeague } from '../api';
import { MonthPicker } from '../components/month-picker';
import { ProvinceSelect } from '../components/province-select';
import { RatesSummary } from '../components/rates-summary';
import { ReportsTabs } from '../components/reports-tabs';
import { districtProvince, isDistrictUser, useReportContext } from '../report-context';
import type { LeagueRow } from '../types';

const medalColours = { 1: 'yellow', 2: 'gray', 3: 'orange' } as const;

/** The rank as a medal for the podium with points, a plain number otherwise (ties print the same number). */
function RankCell({ row }: { row: LeagueRow }) {
  if (row.medal !== null) {
    return (
      <Badge circle size="lg" variant="filled" color={medalColours[row.medal]} data-testid="league-medal">
        {row.rank}
      </Badge>
    );
  }
  return (
    <Text fw={600} size="sm" span>
      {row.rank}
    </Text>
  );
}

function Row({ row, own }: { row: LeagueRow; own: boolean }) {
  const { t } = useI18n();
  return (
    <Table.Tr
      data-testid="league-row"
      data-unit={row.unit.code}
      data-rank={row.rank ?? ''}
      data-own={own ? 'true' : undefined}
      bg={own ? 'var(--mantine-color-indigo-light)' : undefined}
    >
      <Table.Td ta="center" data-testid="league-rank">
        <RankCell row={row} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {row.unit.nameTh}
        </Text>
        {own && (
          <Text size="xs" c="indigo" fw={600} data-testid="league-own">
            {t('league.yours')}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        <span data-testid="league-score">
          {row.totalScore} / {row.maxScore}
        </span>
        {row.pending > 0 && (
          <Text size="xs" c="blue" hiddenFrom="sm">
            {t('league.pendingShort', { count: formatNumber(row.pending) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" data-testid="league-percent" fw={700} visibleFrom="sm">
        {row.percent ?? '—'}
      </Table.Td>
      <Table.Td ta="right" data-testid="league-days-late" style={{ whiteSpace: 'nowrap' }}>
        {row.daysLate === 0
          ? t('league.noDaysLate')
          : t('league.daysLateValue', { days: formatNumber(row.daysLate) })}
      </Table.Td>
      <Table.Td ta="right" data-testid="league-submitted" visibleFrom="sm">
        {row.submitted} / {row.expected}
      </Table.Td>
      <Table.Td ta="right" data-testid="league-pending" visibleFrom="sm">
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

/** Districts that owed reports and sent none: listed apart, with no rank and no score to tie with. */
function NotSubmitted({ rows, ownCode }: { rows: LeagueRow[]; ownCode: string }) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="sm" data-testid="league-not-submitted">
      <Stack gap={6}>
        <Title order={3} size="h5">
          {t('league.notSubmitted', { count: formatNumber(rows.length) })}
        </Title>
        <Text size="xs" c="dimmed">
          {t('league.notSubmittedHint')}
        </Text>
        <Group gap={6} wrap="wrap">
          {rows.map((row) => (
            <Badge
              key={row.unit.code}
              variant={row.unit.code === ownCode ? 'filled' : 'light'}
              color={row.unit.code === ownCode ? 'indigo' : 'red'}
              size="lg"
              tt="none"
              data-testid="league-not-submitted-row"
              data-unit={row.unit.code}
              data-own={row.unit.code === ownCode ? 'true' : undefined}
            >
              {row.unit.nameTh} · {t('league.owes', { count: formatNumber(row.expected) })}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}

/** Where the signed-in district stands, in one line above the table. */
function OwnStanding({ rows, ownCode }: { rows: LeagueRow[]; ownCode: string }) {
  const { t } = useI18n();
  const own = rows.find((row) => row.unit.code === ownCode);
  if (!own) return null;
  const ranked = rows.filter((row) => row.standing === 'ranked').length;
  return (
    <Alert color="indigo" variant="light" data-testid="league-own-standing">
      {own.rank === null
        ? t('league.ownNotSubmitted')
        : t('league.ownRank', {
            rank: formatNumber(own.rank),
            of: formatNumber(ranked),
            score: `${own.totalScore} / ${own.maxScore}`,
          })}
    </Alert>
  );
}

/**
 * /reports/league?province=&month=: districts ranked by timeliness points, then by days late (ties share a
 * rank: 1, 1, 3); districts that sent nothing listed apart. A district officer sees their province's league
 * with their own row marked.
 */
export function LeaguePage() {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const context = useReportContext(me);
  const { month, setMonth, setProvince } = context;
  const district = isDistrictUser(me);
  const province = district ? districtProvince(me) : context.province;
  const league = useLeague(province, month);
  const ownCode = district ? me.unit.code : '';
  const ranked = league.data?.rows.filter((row) => row.standing === 'ranked') ?? [];
  const silent = league.data?.rows.filter((row) => row.standing === 'not-submitted') ?? [];

  return (
    <Stack gap="lg" maw={1080}>
      <ReportsTabs active="league" month={month} province={district ? undefined : province} />
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
          {!district && <ProvinceSelect value={province} onChange={setProvince} />}
          <MonthPicker value={month} onChange={setMonth} withData={league.data?.monthsWithData} />
        </Group>
      </Group>
      {!province && <Text c="dimmed">{t('province.choose')}</Text>}
      {province && league.isPending && <PageLoader />}
      {league.isError && <ResourceError error={league.error} />}
      {league.data && (
        <>
          {district && <OwnStanding rows={league.data.rows} ownCode={ownCode} />}
          <RatesSummary rates={league.data.rates} />
          <Text size="xs" c="dimmed" data-testid="league-rule">
            {t('league.rule')}
          </Text>
          {league.data.rates.expected === 0 ? (
            <Text c="dimmed" data-testid="league-empty">
              {t('league.empty')}
            </Text>
          ) : (
            <>
              {ranked.length === 0 ? (
                <Text c="dimmed" data-testid="league-nobody">
                  {t('league.nobody')}
                </Text>
              ) : (
                <Paper withBorder p={0}>
                  <Table.ScrollContainer minWidth={340}>
                    <Table striped verticalSpacing="xs" horizontalSpacing="xs" data-testid="league-table">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th ta="center" w={56}>
                            {t('league.rank')}
                          </Table.Th>
                          <Table.Th>{t('league.district')}</Table.Th>
                          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                            {t('league.score')}
                          </Table.Th>
                          <Table.Th ta="right" visibleFrom="sm">
                            {t('league.percent')}
                          </Table.Th>
                          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                            {t('league.daysLate')}
                          </Table.Th>
                          <Table.Th ta="right" visibleFrom="sm">
                            {t('league.submitted')}
                          </Table.Th>
                          <Table.Th ta="right" visibleFrom="sm">
                            {t('league.pending')}
                          </Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {ranked.map((row) => (
                          <Row key={row.unit.code} row={row} own={row.unit.code === ownCode} />
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Paper>
              )}
              {silent.length > 0 && <NotSubmitted rows={silent} ownCode={ownCode} />}
            </>
          )}
        </>
      )}
    </Stack>
  );
}
