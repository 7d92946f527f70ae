import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { AsOf } from '../../../shared/ui/as-of';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useDistrictsDashboard } from '../api';
import { DashboardSection } from '../components/dashboard-section';
import { KpiList, LevelHeatTable, LevelLegend, NextLevelTable } from '../components/level-heat-table';
import { RankingChart } from '../components/ranking-chart';
import { RankingTable } from '../components/ranking-table';
import { RegisterDashboards } from '../components/register-dashboards';
import { TimelinessChart, TimelinessTable } from '../components/timeliness';
import { dashboardParams } from '../dashboard-url';
import type { DistrictsDashboard } from '../types';

function Pickers({
  data,
  onChange,
}: {
  data: DistrictsDashboard;
  onChange: (next: { unit?: string; kpiSet?: number }) => void;
}) {
  const { t } = useI18n();
  return (
    <Group align="flex-end" gap="md" className="no-print">
      <Select
        label={t('dash.unit')}
        data={data.choices.map((c) => ({ value: c.code, label: c.nameTh }))}
        value={data.unit?.code ?? null}
        onChange={(value) => value && onChange({ unit: value })}
        searchable
        allowDeselect={false}
        w={240}
        data-testid="dash-unit"
      />
      {data.rounds.length > 0 && (
        <Select
          label={t('dash.round')}
          data={data.rounds.map((r) => ({
            value: String(r.kpiSetId),
            label: t('dash.roundLabel', { round: r.round, year: r.fiscalYear }),
          }))}
          value={data.round ? String(data.round.kpiSetId) : null}
          onChange={(value) =>
            value && data.unit && onChange({ unit: data.unit.code, kpiSet: Number(value) })
          }
          allowDeselect={false}
          w={200}
          data-testid="dash-round"
        />
      )}
    </Group>
  );
}

/**
 * /dashboards: where the districts of a province stand in a round — agreement scores and ranking, and the level of
 * every district on every KPI — opening on the user's own unit and the latest round that has agreements.
 */
export function DistrictsDashboardPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const { unit, kpiSet } = dashboardParams(params);
  const view = useDistrictsDashboard(unit, kpiSet);
  const choose = (next: { unit?: string; kpiSet?: number }) =>
    setParams(
      {
        ...(next.unit ? { unit: next.unit } : {}),
        ...(next.kpiSet === undefined ? {} : { kpiSet: String(next.kpiSet) }),
      },
      { replace: true },
    );

  if (view.isPending) return <PageLoader />;
  if (view.isError) return <ResourceError error={view.error} />;
  const data = view.data;
  const { round, unit: shown } = data;

  return (
    <Stack gap="lg" maw={1200}>
      <Title order={2}>{t('dash.title')}</Title>
      <AsOf at={data.asOf} />
      <Pickers data={data} onChange={choose} />
      {shown === null ? (
        <Text data-testid="dash-pick-unit">{t('dash.pickUnit')}</Text>
      ) : round === null ? (
        <Stack gap="xs" align="flex-start" data-testid="dash-no-rounds">
          <Text>{t('dash.noRounds', { unit: shown.nameTh })}</Text>
          <Button component={Link} to="/kpis" variant="light">
            {t('dash.toKpiSets')}
          </Button>
        </Stack>
      ) : data.units.length === 0 ? (
        <Text data-testid="dash-no-districts">{t('dash.noDistricts')}</Text>
      ) : (
        <>
          <Group className="no-print">
            <Button
              component={Link}
              to={`/print/dashboards/districts?unit=${shown.code}&kpiSet=${round.kpiSetId}`}
              variant="default"
              size="xs"
              data-testid="dash-print"
            >
              {t('dash.print')}
            </Button>
          </Group>
          <DashboardSection
            title="dash.ranking"
            unit={shown.code}
            kpiSet={round.kpiSetId}
            table="ranking"
            chart={<RankingChart units={data.units} />}
          >
            <RankingTable units={data.units} />
          </DashboardSection>
          <DashboardSection title="dash.levels" unit={shown.code} kpiSet={round.kpiSetId} table="levels">
            <Text size="sm" c="dimmed">
              {t('dash.levelsHint')}
            </Text>
            <LevelHeatTable kpis={data.kpis} units={data.units} />
            <LevelLegend />
            <KpiList kpis={data.kpis} />
          </DashboardSection>
          {shown.kind === 'district' && data.units[0] && (
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Title order={3}>{t('dash.next')}</Title>
                <NextLevelTable kpis={data.kpis} unit={data.units[0]} />
              </Stack>
            </Paper>
          )}
          <DashboardSection
            title="dash.timeliness"
            unit={shown.code}
            kpiSet={round.kpiSetId}
            table="timeliness"
            chart={data.timeliness.length > 0 ? <TimelinessChart months={data.timeliness} /> : undefined}
          >
            {data.timeliness.length > 0 ? (
              <TimelinessTable months={data.timeliness} />
            ) : (
              <Text size="sm" data-testid="dash-no-timeliness">
                {t('dash.noTimeliness')}
              </Text>
            )}
          </DashboardSection>
        </>
      )}
      <RegisterDashboards unit={unit} />
    </Stack>
  );
}
