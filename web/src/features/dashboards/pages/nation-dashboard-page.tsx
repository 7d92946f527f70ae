import { Button, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { AsOf } from '../../../shared/ui/as-of';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { LevelLegend } from '../components/level-heat-table';
import {
  NationCrumbs,
  NationSection,
  ProvinceHeatTable,
  ProvinceTable,
  RegionCards,
  RegionTable,
  ScoreBars,
  UnrankedProvinces,
} from '../components/nation-parts';
import {
  type Grouping,
  nationParams,
  provinceUrl,
  type Round,
  regionUrl,
  useNationDashboard,
} from '../nation-api';

/** The round picker of the nation and region views. */
export function RoundPicker({
  rounds,
  round,
  onChange,
}: {
  rounds: Round[];
  round: Round | null;
  onChange: (round: Round) => void;
}) {
  const { t } = useI18n();
  if (rounds.length === 0) return null;
  const key = (r: Round) => `${r.fiscalYear}-${r.round}`;
  return (
    <Select
      label={t('dash.round')}
      data={rounds.map((r) => ({
        value: key(r),
        label: t('dash.roundLabel', { round: r.round, year: r.fiscalYear }),
      }))}
      value={round ? key(round) : null}
      onChange={(value) => {
        const picked = rounds.find((r) => key(r) === value);
        if (picked) onChange(picked);
      }}
      allowDeselect={false}
      w={200}
      data-testid="nation-round"
    />
  );
}

/**
 * /dashboards for the department: every region of the CODI or geographic grouping with its provinces' mean scores,
 * the provinces ranked, those without an agreement apart, and the provinces × KPIs levels, from the scores kept on
 * write. A region opens its provinces; a province its districts' dashboard.
 */
export function NationDashboardPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const { grouping, round: asked } = nationParams(params);
  const view = useNationDashboard(grouping, asked);
  const go = (next: { grouping: Grouping; round: Round | null }) =>
    setParams(
      {
        view: 'nation',
        grouping: next.grouping,
        ...(next.round ? { fiscalYear: String(next.round.fiscalYear), round: String(next.round.round) } : {}),
      },
      { replace: true },
    );

  if (view.isPending) return <PageLoader />;
  if (view.isError) return <ResourceError error={view.error} />;
  const data = view.data;
  const { round } = data;
  const scope = { grouping };
  return (
    <Stack gap="lg" maw={1200} data-testid="nation-page">
      <NationCrumbs round={round} />
      <Title order={2}>{t('nation.title')}</Title>
      <AsOf at={data.asOf} />
      <Group align="flex-end" gap="md" className="no-print">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('nation.grouping')}
          </Text>
          <SegmentedControl
            value={grouping}
            onChange={(value) => go({ grouping: value === 'geo' ? 'geo' : 'codi', round })}
            data={[
              { value: 'codi', label: t('nation.codi') },
              { value: 'geo', label: t('nation.geo') },
            ]}
            data-testid="nation-grouping"
          />
        </Stack>
        <RoundPicker rounds={data.rounds} round={round} onChange={(r) => go({ grouping, round: r })} />
        <Button
          component={Link}
          to="/dashboards/registers"
          variant="light"
          size="xs"
          data-testid="nation-registers"
        >
          {t('dreg.open')}
        </Button>
        {round && (
          <Button
            component={Link}
            to={`/print/dashboards/nation?grouping=${grouping}&fiscalYear=${round.fiscalYear}&round=${round.round}`}
            variant="default"
            size="xs"
            data-testid="nation-print"
          >
            {t('dash.print')}
          </Button>
        )}
      </Group>
      {round === null ? (
        <Stack gap="xs" align="flex-start" data-testid="nation-no-rounds">
          <Text>{t('nation.noRounds')}</Text>
          <Button component={Link} to="/kpis" variant="light">
            {t('dash.toKpiSets')}
          </Button>
        </Stack>
      ) : (
        <>
          <NationSection
            title="nation.regions"
            scope={scope}
            round={round}
            table="regions"
            chart={
              <ScoreBars
                rows={data.regions.map((r) => ({
                  nameTh: r.nameTh,
                  score: r.provinceMean,
                  to: regionUrl(r.code, round),
                }))}
                testId="nation-regions-chart"
              />
            }
          >
            <RegionTable regions={data.regions} round={round} />
          </NationSection>
          <RegionCards regions={data.regions} round={round} />
          <NationSection
            title="nation.provinces"
            scope={scope}
            round={round}
            table="provinces"
            chart={
              <ScoreBars
                rows={data.provinces.map((p) => ({ ...p, to: provinceUrl(p.code, round, p.regionCode) }))}
                testId="nation-provinces-chart"
              />
            }
          >
            <ProvinceTable provinces={data.provinces} round={round} showRegion />
          </NationSection>
          <UnrankedProvinces provinces={data.withoutAgreement} round={round} />
          {data.provinces.length > 0 && (
            <NationSection title="nation.levels" scope={scope} round={round} table="levels">
              <Text size="sm" c="dimmed">
                {t('dash.levelsHint')}
              </Text>
              <ProvinceHeatTable kpis={data.kpis} provinces={data.provinces} />
              <LevelLegend />
            </NationSection>
          )}
        </>
      )}
    </Stack>
  );
}
