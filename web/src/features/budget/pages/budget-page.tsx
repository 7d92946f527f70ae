import { Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { isApiError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { ExportLink } from '../../../shared/ui/export-link';
import { FileImportForm } from '../../../shared/ui/file-import-form';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import { ContextBar } from '../../registers/components/context-bar';
import { RegisterGate } from '../../registers/components/register-gate';
import { RegistersTabs } from '../../registers/components/registers-tabs';
import { useRegisterContext } from '../../registers/register-context';
import { budgetExportUrl, useBudgetImport, useBudgetLines, useBudgetReport } from '../api';
import { BudgetLineForm, BudgetLines } from '../components/budget-lines';
import { BudgetPlanPanel } from '../components/budget-plan-panel';
import { BudgetReportTable } from '../components/budget-report-table';
import { CutoffNotice } from '../components/cutoff-notice';

const accepted = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** /registers/budget?unit=&fiscalYear=&asOf=&q=&category=: KPI 1's report, the lines (searched) with their events, and the import. */
export function BudgetPage() {
  return (
    <RegisterGate register="budget">
      <BudgetView />
    </RegisterGate>
  );
}

function BudgetView() {
  const { t } = useI18n();
  const { params, unit, fiscalYear, years, mayWrite, asOf, update } = useRegisterContext('budget');
  const report = useBudgetReport(unit, fiscalYear, asOf);
  const q = params.get('q');
  const category = params.get('category');
  const filter = { ...(q ? { q } : {}), ...(category ? { category } : {}) };
  const lines = useBudgetLines(unit, fiscalYear, filter);
  const importer = useBudgetImport(unit, fiscalYear);
  const [date, setDate] = useState(asOf);
  useEffect(() => setDate(asOf), [asOf]);

  return (
    <Stack gap="lg" maw={1400}>
      <RegistersTabs active="budget" unit={unit} mayWrite={mayWrite} />
      <Title order={2}>{t('bud.title')}</Title>
      <ContextBar
        unit={unit}
        fiscalYear={fiscalYear}
        years={years}
        onChange={(changes) =>
          update(changes.unit !== undefined ? { ...changes, asOf: date.trim() } : changes)
        }
      >
        <ThaiDateInput
          label={t('reg.asOf')}
          value={date}
          onChange={setDate}
          w={{ base: '100%', xs: 190 }}
          testId="registers-as-of"
        />
      </ContextBar>
      <ExportLink
        href={budgetExportUrl(unit, fiscalYear)}
        label={t('reg.exportExcel')}
        testId="budget-export"
      />
      {report.isPending && unit !== '' && <PageLoader />}
      {report.isError &&
        (isApiError(report.error) && report.error.code === 'no_cutoff' ? (
          <CutoffNotice fiscalYear={fiscalYear} />
        ) : (
          <ResourceError error={report.error} />
        ))}
      {report.data && <BudgetReportTable report={report.data} />}
      {unit !== '' && <BudgetPlanPanel unit={unit} fiscalYear={fiscalYear} />}
      {lines.isError && <ResourceError error={lines.error} />}
      {lines.data && <BudgetLines list={lines.data} filter={filter} onFilter={update} />}
      {mayWrite && <BudgetLineForm unit={unit} fiscalYear={fiscalYear} />}
      {mayWrite && (
        <FileImportForm
          testId="budget-import"
          title={t('bud.importTitle')}
          help={t('bud.importHelp')}
          fileLabel={t('bud.importFile')}
          accept={accepted}
          mutation={importer}
          success={(data) => t('bud.imported', { created: data.created, lines: data.lines })}
        />
      )}
    </Stack>
  );
}
