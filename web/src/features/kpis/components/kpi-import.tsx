import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import { FileImportForm } from '../../../shared/ui/file-import-form';
import { useImportKpis } from '../api';

/** Uploads the set's cards as an .xlsx workbook (the layout of the export). */
export function KpiImport({ kpiSetId }: { kpiSetId: number }) {
  const { t } = useI18n();
  return (
    <FileImportForm
      testId="kpi-import"
      title={t('kpiSet.importTitle')}
      help={t('kpiSet.importHelp')}
      fileLabel={t('kpiSet.importFile')}
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      mutation={useImportKpis(kpiSetId)}
      success={(data) =>
        t('kpiSet.importDone', { created: formatNumber(data.created), updated: formatNumber(data.updated) })
      }
    />
  );
}
