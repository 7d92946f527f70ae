import { Alert, Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { useCurrentUser } from '../../auth/api';
import { useQuarterlyReport, useQuarterlyReports } from '../api';
import { ColourLegend } from '../components/colour-legend';
import { CreateReportForm, nextQuarter } from '../components/create-report';
import { KpiCard } from '../components/kpi-card';
import { PublishControls } from '../components/publish-controls';
import { RegionStatusTable } from '../components/region-status';
import { StructurePanel } from '../components/structure-panel';
import type { QuarterlyListItem, QuarterlyReport } from '../types';

/** /quarterly opens the latest report, or says what to do when there is none. */
export function QuarterlyIndexPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const list = useQuarterlyReports();
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const latest = list.data[0];
  if (latest === undefined) {
    return (
      <Stack maw={900}>
        <Title order={2}>{t('quarterly.title')}</Title>
        <Alert data-testid="quarterly-none">
          {me.role === 'department_admin' ? t('quarterly.noneAdmin') : t('quarterly.none')}
        </Alert>
        {me.role === 'department_admin' && (
          <CreateReportForm fiscalYear={currentFiscalYear()} quarter={1} hasEarlier={false} />
        )}
      </Stack>
    );
  }
  return <Navigate replace to={`/quarterly/${latest.fiscalYear}/${latest.quarter}`} />;
}

/** The B.E. fiscal year today: October starts the next one. */
function currentFiscalYear(): number {
  const now = new Date();
  return now.getFullYear() + 543 + (now.getMonth() >= 9 ? 1 : 0);
}

function ReportPicker({ reports, current }: { reports: QuarterlyListItem[]; current: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Select
      label={t('quarterly.pick')}
      data={reports.map((r) => ({
        value: `${r.fiscalYear}/${r.quarter}`,
        label: t('quarterly.quarterOf', { quarter: r.quarter, year: r.fiscalYear }),
      }))}
      value={current}
      onChange={(value) => value && navigate(`/quarterly/${value}`)}
      allowDeselect={false}
      maw={280}
      data-testid="quarterly-picker"
    />
  );
}

function ReportHeader({ report }: { report: QuarterlyReport }) {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const list = useQuarterlyReports();
  const [creating, setCreating] = useState(false);
  const next = nextQuarter(report.fiscalYear, report.quarter);
  return (
    <Stack gap="xs">
      <Title order={2} data-testid="quarterly-title">
        {report.titleTh}
      </Title>
      <Text c="dimmed" size="sm">
        {report.organisationTh}
      </Text>
      <Group gap="xs">
        <Badge
          variant="light"
          color={report.status === 'published' ? 'green' : 'gray'}
          data-testid="quarterly-status"
        >
          {t(`quarterly.status.${report.status}`)}
        </Badge>
        <Text size="sm">
          {t('quarterly.period', {
            from: formatIsoDate(report.period.from, lang),
            to: formatIsoDate(report.period.to, lang),
          })}
        </Text>
        <Text size="sm" data-testid="quarterly-as-of">
          {report.asOf === null
            ? t('quarterly.asOfMissing')
            : t('quarterly.asOf', { date: formatIsoDate(report.asOf, lang) })}
        </Text>
      </Group>
      <Group align="flex-end" gap="sm">
        {list.data && <ReportPicker reports={list.data} current={`${report.fiscalYear}/${report.quarter}`} />}
        <Button
          component={Link}
          to={`/print/quarterly/${report.fiscalYear}/${report.quarter}`}
          variant="default"
          data-testid="quarterly-print-link"
        >
          {t('quarterly.print')}
        </Button>
        <Button
          component="a"
          href={`/api/quarterly/${report.fiscalYear}/${report.quarter}/export.xlsx`}
          download
          variant="default"
          data-testid="quarterly-xlsx"
        >
          {t('quarterly.xlsx')}
        </Button>
        <Button
          component={Link}
          to={`/quarterly/${report.fiscalYear}/${report.quarter}/data-quality`}
          variant="default"
          data-testid="quarterly-dq-link"
        >
          {t('quarterly.dataQuality')}
        </Button>
        {me.role === 'department_admin' && !creating && (
          <Button variant="default" onClick={() => setCreating(true)} data-testid="quarterly-create-open">
            {t('quarterly.createNext')}
          </Button>
        )}
      </Group>
      {creating && (
        <CreateReportForm
          fiscalYear={next.fiscalYear}
          quarter={next.quarter}
          hasEarlier
          onCancel={() => setCreating(false)}
        />
      )}
    </Stack>
  );
}

/** The quarterly report in seed 004's order: strategic issues by display order, each plan item with its KPI. */
export function QuarterlyPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const params = useParams();
  const report = useQuarterlyReport(Number(params.fiscalYear), Number(params.quarter));
  if (report.isPending) return <PageLoader />;
  if (report.isError) return <ErrorAlert error={report.error} />;
  const data = report.data;
  const editable = me.role === 'department_admin' && data.status === 'draft';
  return (
    <Stack gap="md" maw={1200} data-testid="quarterly-page">
      <ReportHeader report={data} />
      <PublishControls report={data} />
      {editable && <StructurePanel report={data} />}
      <RegionStatusTable fiscalYear={data.fiscalYear} quarter={data.quarter} />
      <ColourLegend />
      {data.strategicIssues.length === 0 && (
        <Alert data-testid="quarterly-empty">{t('quarterly.emptyReport')}</Alert>
      )}
      {data.differences.length > 0 && (
        <Alert color="orange" data-testid="quarterly-differences">
          {t('quarterly.differences', { count: data.differences.length })}
        </Alert>
      )}
      {data.strategicIssues.map((issue) => (
        <Stack key={issue.no} gap="sm" data-testid="quarterly-issue" data-issue={issue.no}>
          <Title order={3} size="h4">
            {t('quarterly.issue', { no: issue.no, name: issue.nameTh })}
          </Title>
          {issue.kpis.map((kpi) => (
            <KpiCard
              key={kpi.code}
              kpi={kpi}
              differences={data.differences.filter((d) => d.kpi === kpi.code)}
              editTo={
                editable
                  ? `/quarterly/${data.fiscalYear}/${data.quarter}/kpis/${encodeURIComponent(kpi.code)}`
                  : null
              }
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
