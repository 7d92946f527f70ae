import { Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { kpiPageUrl, LIGHT_COLOURS } from '../kpi-api';
import { kpiLabel, LEGEND_LEVELS, levelColour } from '../level-colour';
import type { DashboardKpi, DistrictRow } from '../types';

/** The colour of each level, under the heat table. */
export function LevelLegend() {
  const { t } = useI18n();
  return (
    <Group gap="xs" data-testid="dash-legend">
      <Text size="sm">{t('dash.legend')}</Text>
      <Text size="sm" px={8} style={{ ...levelColour(0), borderRadius: 4 }}>
        {t('dash.level0')}
      </Text>
      {LEGEND_LEVELS.map((level) => (
        <Text key={level} size="sm" px={8} style={{ ...levelColour(level), borderRadius: 4 }}>
          {t('dash.level', { level })}
        </Text>
      ))}
      <Text size="sm" px={8} style={{ ...levelColour(null), borderRadius: 4 }}>
        — {t('dash.noLevel')}
      </Text>
    </Group>
  );
}

/** Each column's key with the KPI's full name. */
export function KpiList({ kpis }: { kpis: DashboardKpi[] }) {
  const { t } = useI18n();
  return (
    <Stack gap={2} data-testid="dash-kpi-list">
      <Text size="sm" fw={600}>
        {t('dash.kpiList')}
      </Text>
      {kpis.map((k) => (
        <Text key={k.kpiId} size="sm">
          <b>{kpiLabel(k)}</b> {k.nameTh}
        </Text>
      ))}
    </Stack>
  );
}

type Cell = DistrictRow['levels'][number];

/** A cell's traffic light (% of target) as a small dot, with its % and forecast status in words beside it. */
function LightDot({ cell }: { cell: Cell | undefined }) {
  if (!cell?.light) return null;
  return (
    <span
      data-light={cell.light}
      style={{
        display: 'inline-block',
        width: 9,
        height: 9,
        marginLeft: 4,
        borderRadius: '50%',
        border: '1px solid #fff',
        verticalAlign: 'middle',
        background: LIGHT_COLOURS[cell.light].background,
      }}
    />
  );
}

/** What a cell says beyond its level: what the next level needs, % of target and light, forecast status. */
function cellTitle(cell: Cell | undefined): string | undefined {
  if (!cell) return undefined;
  const parts = [
    cell.nextTh,
    cell.percent ? `ร้อยละของเป้าหมาย ${cell.percent} (${cell.lightTh})` : null,
    cell.forecastStatusTh ? `คาดการณ์สิ้นรอบ: ${cell.forecastStatusTh}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** Districts × KPIs: each cell the district's level on that KPI, coloured by level, opening the KPI's page. */
export function LevelHeatTable({ kpis, units }: { kpis: DashboardKpi[]; units: DistrictRow[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={Math.max(320, 160 + kpis.length * 56)}>
      <Table withTableBorder withColumnBorders data-testid="dash-levels-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dash.district')}</Table.Th>
            {kpis.map((k) => (
              <Table.Th key={k.kpiId} ta="center" title={k.nameTh}>
                {kpiLabel(k)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u) => (
            <Table.Tr key={u.agreementId} data-testid="dash-levels-row" data-unit={u.code}>
              <Table.Td>{u.nameTh}</Table.Td>
              {kpis.map((k) => {
                const cell = u.levels.find((l) => l.kpiId === k.kpiId);
                const level = cell?.level ?? null;
                return (
                  <Table.Td
                    key={k.kpiId}
                    ta="center"
                    p={0}
                    style={levelColour(level)}
                    data-level={level ?? ''}
                    title={cellTitle(cell)}
                    data-light={cell?.light ?? ''}
                    data-forecast={cell?.forecastStatus ?? ''}
                  >
                    <Link
                      to={kpiPageUrl(u.code, k.kpiId)}
                      style={{
                        display: 'block',
                        padding: '6px 4px',
                        color: 'inherit',
                        textDecoration: 'none',
                      }}
                      aria-label={`${u.nameTh} ${k.nameTh}: ${level === null ? t('dash.noLevel') : t('dash.level', { level })}`}
                    >
                      {level ?? '—'}
                      <LightDot cell={cell} />
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

/** One district's KPIs with its level and what the next level needs (the agreement page's own words). */
export function NextLevelTable({ kpis, unit }: { kpis: DashboardKpi[]; unit: DistrictRow }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table withTableBorder data-testid="dash-next-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="50%">{t('dash.kpi')}</Table.Th>
            <Table.Th ta="center" w={64}>
              {t('dash.levelNow')}
            </Table.Th>
            <Table.Th>{t('dash.nextNeeds')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kpis.map((k) => {
            const cell = unit.levels.find((l) => l.kpiId === k.kpiId);
            const level = cell?.level ?? null;
            return (
              <Table.Tr key={k.kpiId} data-testid="dash-next-row">
                <Table.Td>
                  <Link to={kpiPageUrl(unit.code, k.kpiId)} data-testid="dash-next-kpi">
                    <b>{kpiLabel(k)}</b> {k.nameTh}
                  </Link>
                </Table.Td>
                <Table.Td ta="center" style={levelColour(level)}>
                  {level ?? '—'}
                  <LightDot cell={cell} />
                </Table.Td>
                <Table.Td>
                  {level === null
                    ? t('dash.noLevel')
                    : (cell?.nextTh ?? (level === 5 ? t('dash.topLevel') : '—'))}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
