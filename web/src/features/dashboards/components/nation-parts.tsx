import {
  Anchor,
  Badge,
  Breadcrumbs,
  Card,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { Link } from 'react-router';
import type { MessageKey } from '../../../shared/i18n/dictionary';
import { useI18n } from '../../../shared/i18n/language';
import { Chart, type ChartOption } from '../../../shared/ui/chart';
import { kpiLabel, levelColour } from '../level-colour';
import {
  type Grouping,
  type NationTable,
  nationExportUrl,
  type ProvinceRow,
  provinceUrl,
  type RegionRow,
  type Round,
  regionUrl,
  type UnrankedProvince,
} from '../nation-api';
import type { DashboardKpi } from '../types';
import { DashboardSection } from './dashboard-section';

type Crumb = { label: string; to?: string };

/** ประเทศ › ภาค › จังหวัด › อำเภอ › ตัวชี้วัด: where the view sits, each level above it a link. */
export function NationCrumbs({
  round,
  region,
  province,
  district,
  kpi,
}: {
  round: Round | null;
  region?: { code: string; nameTh: string } | null;
  province?: { code: string; nameTh: string } | null;
  district?: { code: string; nameTh: string } | null;
  kpi?: string | null;
}) {
  const { t } = useI18n();
  const roundQuery = round ? `fiscalYear=${round.fiscalYear}&round=${round.round}` : '';
  const grouping = region?.code.startsWith('GEO-') ? '&grouping=geo' : '';
  const crumbs: Crumb[] = [
    { label: t('nation.crumbNation'), to: `/dashboards?view=nation&${roundQuery}${grouping}` },
  ];
  if (region) crumbs.push({ label: region.nameTh, to: regionUrl(region.code, round) });
  if (province && round)
    crumbs.push({ label: province.nameTh, to: provinceUrl(province.code, round, region?.code) });
  if (district) crumbs.push({ label: district.nameTh });
  if (kpi) crumbs.push({ label: kpi });
  const last = crumbs.length - 1;
  return (
    <Breadcrumbs separator="›" className="no-print" data-testid="nation-crumbs" style={{ flexWrap: 'wrap' }}>
      {crumbs.map((c, i) =>
        c.to && i !== last ? (
          <Anchor key={c.label} component={Link} to={c.to} size="sm">
            {c.label}
          </Anchor>
        ) : (
          <Text key={c.label} size="sm" fw={600}>
            {c.label}
          </Text>
        ),
      )}
    </Breadcrumbs>
  );
}

/** One block: title, xlsx/CSV links of its table, and a chart/table switch when it has a chart. */
export function NationSection({
  title,
  scope,
  round,
  table,
  chart,
  children,
}: {
  title: MessageKey;
  scope: { grouping: Grouping } | { region: string };
  round: Round;
  table: NationTable;
  chart?: ReactNode;
  children: ReactNode;
}) {
  return (
    <DashboardSection
      title={title}
      table={table}
      hrefOf={(format) => nationExportUrl(scope, round, table, format)}
      chart={chart}
    >
      {children}
    </DashboardSection>
  );
}

/** Scores as bars, the best on top, on the 0–5 scale; rows without a score have no bar (the table says so). */
export function ScoreBars({
  rows,
  testId,
}: {
  rows: { nameTh: string; score: string | null; to?: string }[];
  testId: string;
}) {
  const { t } = useI18n();
  const scored = useMemo(() => rows.filter((r) => r.score !== null), [rows]);
  const option = useMemo(
    (): ChartOption => ({
      grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', min: 0, max: 5, interval: 1 },
      yAxis: { type: 'category', inverse: true, data: scored.map((r) => r.nameTh) },
      series: [
        {
          type: 'bar',
          barMaxWidth: 32,
          data: scored.map((r) => r.score ?? '0'),
          itemStyle: { color: '#228be6' },
          label: { show: true, position: 'right' },
        },
      ],
    }),
    [scored],
  );
  if (scored.length === 0)
    return (
      <Text size="sm" data-testid={`${testId}-empty`}>
        {t('dash.noneScored')}
      </Text>
    );
  const links = rows.filter((r) => r.to);
  return (
    <Stack gap="xs">
      <Chart option={option} height={Math.max(160, 40 + scored.length * 28)} testId={testId} />
      {links.length > 0 && (
        <Group gap="xs" data-testid={`${testId}-links`}>
          <Text size="sm" c="dimmed">
            {t('nation.open')}
          </Text>
          {links.map((r) => (
            <Anchor key={r.to} component={Link} to={r.to ?? ''} size="sm" data-testid="nation-chart-link">
              {r.nameTh}
            </Anchor>
          ))}
        </Group>
      )}
    </Stack>
  );
}

const orDash = (value: string | null, none: string) => value ?? none;

/** The regions as cards: provinces' and districts' means and how many have agreements; each opens its region. */
export function RegionCards({ regions, round }: { regions: RegionRow[]; round: Round }) {
  const { t } = useI18n();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="nation-region-cards">
      {regions.map((r) => (
        <Card key={r.code} withBorder padding="md" data-testid="nation-region-card" data-region={r.code}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Anchor component={Link} to={regionUrl(r.code, round)} fw={700} data-testid="nation-region-link">
              {r.nameTh}
            </Anchor>
            {r.rank !== null && <Badge variant="light">{t('nation.rankN', { rank: r.rank })}</Badge>}
          </Group>
          <Text size="sm">
            {t('nation.provinceMean')}: <b>{orDash(r.provinceMean, t('nation.noScore'))}</b>
          </Text>
          <Text size="sm">
            {t('nation.districtMean')}: <b>{orDash(r.districtMean, t('nation.noScore'))}</b>
          </Text>
          <Text size="xs" c="dimmed">
            {t('nation.provincesCounted', { count: r.provinces, total: r.provincesTotal })} ·{' '}
            {t('nation.districtsCounted', { count: r.districts, total: r.districtsTotal })}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** The regions' table: the chart's figures exactly. */
export function RegionTable({ regions, round }: { regions: RegionRow[]; round: Round }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table withTableBorder striped data-testid="nation-regions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>{t('dash.rank')}</Table.Th>
            <Table.Th>{t('nation.region')}</Table.Th>
            <Table.Th ta="right">{t('nation.provinceMean')}</Table.Th>
            <Table.Th ta="right">{t('nation.districtMean')}</Table.Th>
            <Table.Th ta="right">{t('nation.districts')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {regions.map((r) => (
            <Table.Tr key={r.code}>
              <Table.Td>{r.rank ?? '—'}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={regionUrl(r.code, round)}>
                  {r.nameTh}
                </Anchor>
              </Table.Td>
              <Table.Td ta="right">{orDash(r.provinceMean, '—')}</Table.Td>
              <Table.Td ta="right">{orDash(r.districtMean, '—')}</Table.Td>
              <Table.Td ta="right">
                {r.districts}/{r.districtsTotal}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Ranked provinces: score, districts' mean and count; the name opens the province's districts dashboard. */
export function ProvinceTable({
  provinces,
  round,
  showRegion,
}: {
  provinces: ProvinceRow[];
  round: Round;
  showRegion: boolean;
}) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={showRegion ? 620 : 480}>
      <Table withTableBorder striped data-testid="nation-provinces-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>{t('dash.rank')}</Table.Th>
            <Table.Th>{t('nation.province')}</Table.Th>
            {showRegion && <Table.Th>{t('nation.region')}</Table.Th>}
            <Table.Th ta="right">{t('nation.provinceScore')}</Table.Th>
            <Table.Th ta="right">{t('nation.districtMean')}</Table.Th>
            <Table.Th ta="right">{t('nation.districts')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {provinces.map((p) => (
            <Table.Tr key={p.code} data-testid="nation-province-row" data-province={p.code}>
              <Table.Td>{p.rank ?? '—'}</Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={provinceUrl(p.code, round, p.regionCode)}
                  data-testid="nation-province-link"
                >
                  {p.nameTh}
                </Anchor>
              </Table.Td>
              {showRegion && <Table.Td>{p.regionNameTh}</Table.Td>}
              <Table.Td ta="right">{orDash(p.score, t('nation.noScore'))}</Table.Td>
              <Table.Td ta="right">{orDash(p.districtMean, '—')}</Table.Td>
              <Table.Td ta="right">
                {p.districts}/{p.districtsTotal}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Provinces with no DG agreement in the round: listed apart, not ranked. */
export function UnrankedProvinces({ provinces, round }: { provinces: UnrankedProvince[]; round: Round }) {
  const { t } = useI18n();
  if (provinces.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="nation-unranked">
      <Stack gap="xs">
        <Title order={3}>
          {t('nation.noAgreement')} ({provinces.length})
        </Title>
        <Text size="sm" c="dimmed">
          {t('nation.noAgreementHint')}
        </Text>
        <Group gap={6}>
          {provinces.map((p) => (
            <Badge
              key={p.code}
              component={Link}
              to={provinceUrl(p.code, round, p.regionCode)}
              variant="outline"
              color="gray"
              style={{ cursor: 'pointer', textTransform: 'none' }}
              data-testid="nation-unranked-province"
            >
              {p.nameTh}
              {p.districts > 0 ? ` · ${t('nation.districtsN', { count: p.districts })}` : ''}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}

/** Provinces × department KPIs: each province's level, coloured; a cell opens its DG agreement. */
export function ProvinceHeatTable({ kpis, provinces }: { kpis: DashboardKpi[]; provinces: ProvinceRow[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={Math.max(320, 160 + kpis.length * 52)}>
      <Table withTableBorder withColumnBorders data-testid="nation-levels-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('nation.province')}</Table.Th>
            {kpis.map((k) => (
              <Table.Th key={k.kpiId} ta="center" title={k.nameTh}>
                {kpiLabel(k)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {provinces.map((p) => (
            <Table.Tr key={p.code} data-testid="nation-levels-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.nameTh}</Table.Td>
              {kpis.map((k) => {
                const cell = p.levels.find((l) => l.kpiId === k.kpiId);
                const level = cell?.level ?? null;
                return (
                  <Table.Td
                    key={k.kpiId}
                    ta="center"
                    p={0}
                    style={levelColour(level)}
                    title={cell?.nextTh ?? undefined}
                  >
                    <Link
                      to={`/agreements/${p.agreementId}`}
                      style={{
                        display: 'block',
                        padding: '6px 4px',
                        color: 'inherit',
                        textDecoration: 'none',
                      }}
                      aria-label={`${p.nameTh} ${k.nameTh}: ${level === null ? t('dash.noLevel') : t('dash.level', { level })}`}
                    >
                      {level ?? '—'}
                    </Link>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
