import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { LevelLegend } from '../components/level-heat-table';
import {
  NationCrumbs,
  NationSection,
  ProvinceHeatTable,
  ProvinceTable,
  ScoreBars,
  UnrankedProvinces,
} from '../components/nation-parts';
import { nationParams, provinceUrl, type Round, useRegionDashboard } from '../nation-api';
import { RoundPicker } from './nation-dashboard-page';

/** /dashboards/region?region=: the provinces of one region in a round; without a region, the nation to pick one. */
export function RegionDashboardPage() {
  const [params] = useSearchParams();
  const { region } = nationParams(params);
  return region ? <RegionDashboard code={region} /> : <Navigate to="/dashboards" replace />;
}

function RegionDashboard({ code }: { code: string }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const { round: asked } = nationParams(params);
  const view = useRegionDashboard(code, asked);
  const pick = (round: Round) =>
    setParams(
      { region: code, fiscalYear: String(round.fiscalYear), round: String(round.round) },
      { replace: true },
    );

  if (view.isPending) return <PageLoader />;
  if (view.isError) return <ResourceError error={view.error} />;
  const data = view.data;
  const { round, region, summary } = data;
  const scope = { region: region.code };
  return (
    <Stack gap="lg" maw={1200} data-testid="region-page">
      <NationCrumbs round={round} region={region} />
      <Title order={2}>{t('nation.regionTitle', { region: region.nameTh })}</Title>
      <Group align="flex-end" gap="md" className="no-print">
        <RoundPicker rounds={data.rounds} round={round} onChange={pick} />
        {round && (
          <Button
            component={Link}
            to={`/print/dashboards/region?region=${region.code}&fiscalYear=${round.fiscalYear}&round=${round.round}`}
            variant="default"
            size="xs"
            data-testid="region-print"
          >
            {t('dash.print')}
          </Button>
        )}
      </Group>
      {round === null ? (
        <Text data-testid="region-no-rounds">{t('nation.noRounds')}</Text>
      ) : (
        <>
          {summary && (
            <Paper withBorder p="md" data-testid="region-summary">
              <Group gap="xl">
                <Text>
                  {t('nation.provinceMean')}: <b>{summary.provinceMean ?? t('nation.noScore')}</b>
                </Text>
                <Text>
                  {t('nation.districtMean')}: <b>{summary.districtMean ?? t('nation.noScore')}</b>
                </Text>
                <Text size="sm" c="dimmed">
                  {t('nation.provincesCounted', { count: summary.provinces, total: summary.provincesTotal })}{' '}
                  ·{' '}
                  {t('nation.districtsCounted', { count: summary.districts, total: summary.districtsTotal })}
                </Text>
              </Group>
            </Paper>
          )}
          <NationSection
            title="nation.provinces"
            scope={scope}
            round={round}
            table="provinces"
            chart={
              <ScoreBars
                rows={data.provinces.map((p) => ({ ...p, to: provinceUrl(p.code, round, region.code) }))}
                testId="region-provinces-chart"
              />
            }
          >
            <ProvinceTable provinces={data.provinces} round={round} showRegion={false} />
          </NationSection>
          <UnrankedProvinces provinces={data.withoutAgreement} round={round} />
          {data.provinces.length > 0 && (
            <NationSection title="nation.levels" scope={scope} round={round} table="levels">
              <ProvinceHeatTable kpis={data.kpis} provinces={data.provinces} />
              <LevelLegend />
            </NationSection>
          )}
        </>
      )}
    </Stack>
  );
}
