import { Anchor, Button, Group, List, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { KpiChart, KpiMonthTable } from '../components/kpi-chart';
import { ForecastMethod, KpiSummary, LightLegend } from '../components/kpi-summary';
import { type KpiDashboard, kpiExportUrl, kpiPageParams, useKpiDashboard } from '../kpi-api';

/** "อำเภอเมืองยะลา", "จังหวัดยะลา": the unit as the page's heading names it. */
export function useUnitName() {
  const { t } = useI18n();
  return (unit: KpiDashboard['unit']) => t(`kpiDash.kind.${unit.kind}`, { name: unit.nameTh });
}

function Header({ data }: { data: KpiDashboard }) {
  const { t } = useI18n();
  const unitName = useUnitName();
  const province = data.unit.kind === 'district' ? data.unit.code.slice(0, 2) : data.unit.code;
  return (
    <Stack gap={4}>
      <Title order={2} data-testid="kpi-dash-title">
        {t('kpiDash.title', { number: data.kpi.number ?? data.kpi.key, name: data.kpi.nameTh })}
      </Title>
      <Text data-testid="kpi-dash-subtitle">
        {t('kpiDash.subtitle', { unit: unitName(data.unit), round: data.round.labelTh })}
      </Text>
      <Group gap="md" className="no-print">
        {data.unit.kind !== 'work_group' && (
          <Anchor
            component={Link}
            to={`/dashboards?unit=${province}&kpiSet=${data.round.kpiSetId}`}
            size="sm"
          >
            {t('kpiDash.backToDistricts')}
          </Anchor>
        )}
        {data.agreement && (
          <Anchor component={Link} to={`/agreements/${data.agreement.id}`} size="sm">
            {t('kpiDash.openAgreement')}
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}

function MonthsSection({ data }: { data: KpiDashboard }) {
  const { t } = useI18n();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Paper withBorder p="md" data-testid="kpi-dash-months">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={3}>{t('kpiDash.months')}</Title>
          <Group gap="xs" className="no-print">
            <Text size="sm" c="dimmed">
              {t('dash.export')}
            </Text>
            {(['xlsx', 'csv'] as const).map((format) => (
              <Anchor
                key={format}
                href={kpiExportUrl(data.unit.code, data.kpi.id, format)}
                download
                size="sm"
                data-testid={`kpi-dash-${format}`}
              >
                {t(format === 'xlsx' ? 'dash.exportXlsx' : 'dash.exportCsv')}
              </Anchor>
            ))}
          </Group>
        </Group>
        <SegmentedControl
          className="no-print"
          value={view}
          onChange={(next) => setView(next === 'table' ? 'table' : 'chart')}
          data={[
            { value: 'chart', label: t('dash.viewChart') },
            { value: 'table', label: t('dash.viewTable') },
          ]}
          aria-label={t('dash.view')}
          data-testid="kpi-dash-view"
          style={{ alignSelf: 'flex-start' }}
        />
        {view === 'chart' ? <KpiChart data={data} /> : <KpiMonthTable data={data} />}
        <ForecastMethod data={data} />
      </Stack>
    </Paper>
  );
}

function Criteria({ data }: { data: KpiDashboard }) {
  const { t } = useI18n();
  const { agreement } = data;
  return (
    <Paper withBorder p="md" data-testid="kpi-dash-criteria">
      <Stack gap="sm">
        <Text size="sm" data-testid="kpi-dash-target">
          <b>{t('kpiDash.target')}:</b>{' '}
          {data.target.kind === 'value' ? data.target.textTh : data.target.reasonTh}
        </Text>
        <Text size="sm" data-testid="kpi-dash-next">
          <b>{t('kpiDash.next')}:</b>{' '}
          {data.next?.textTh ?? (data.current?.level === 5 ? t('kpiDash.atTop') : '—')}
          {data.neededTh ? ` (${data.neededTh})` : ''}
        </Text>
        <Text size="sm" data-testid="kpi-dash-agreement">
          {agreement
            ? t('kpiDash.fromAgreement', {
                pair: agreement.pairLabel,
                version: agreement.version,
                status: t(`kpiDash.status.${agreement.status}`),
                weight: agreement.weight,
              })
            : t('kpiDash.noAgreement')}
        </Text>
        <LightLegend data={data} />
        <Text size="sm" fw={600}>
          {t('kpiDash.levelTexts')}
        </Text>
        <List size="sm" spacing={2}>
          {data.kpi.levelTexts.map((text, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the five levels are positional
            <List.Item key={i}>
              {t('kpiDash.levelN', { level: i + 1 })}: {text || '—'}
            </List.Item>
          ))}
        </List>
        {data.kpi.definition && (
          <Text size="sm">
            <b>{t('kpiDash.definition')}:</b> {data.kpi.definition}
          </Text>
        )}
        {data.kpi.formulaWords && (
          <Text size="sm">
            <b>{t('kpiDash.formula')}:</b> {data.kpi.formulaWords}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * /dashboards/kpi?unit=&kpi=: one KPI of one unit in its round — monthly values, % of target and its traffic light,
 * the end-of-round forecast with its method and uncertainty, and what the next level needs.
 */
export function KpiDashboardPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const { unit, kpi } = kpiPageParams(params);
  const view = useKpiDashboard(unit, kpi);
  if (unit === null || kpi === null)
    return (
      <Stack>
        <Text>{t('kpiDash.open')}</Text>
        <Button component={Link} to="/dashboards" variant="light" style={{ alignSelf: 'flex-start' }}>
          {t('kpiDash.backToDistricts')}
        </Button>
      </Stack>
    );
  if (view.isPending) return <PageLoader />;
  if (view.isError) return <ResourceError error={view.error} />;
  const data = view.data;
  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-start">
        <Header data={data} />
        <Button
          component={Link}
          to={`/print/dashboards/kpi?unit=${data.unit.code}&kpi=${data.kpi.id}`}
          variant="light"
          className="no-print"
          data-testid="kpi-dash-print"
        >
          {t('kpiDash.print')}
        </Button>
      </Group>
      <KpiSummary data={data} />
      <MonthsSection data={data} />
      <Criteria data={data} />
    </Stack>
  );
}
