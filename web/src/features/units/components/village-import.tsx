import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import { FileImportForm } from '../../../shared/ui/file-import-form';
import { useImportVillages, villageTemplateUrl } from '../api';

/** Uploads a CSV or Excel file of villages; the server saves all rows or none. */
export function VillageImport() {
  const { t } = useI18n();
  return (
    <FileImportForm
      testId="village-import"
      title={t('import.title')}
      help={t('import.help')}
      fileLabel={t('import.file')}
      accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      template={{ href: villageTemplateUrl, label: t('import.template'), testId: 'village-template' }}
      mutation={useImportVillages()}
      success={(data) => t('import.done', { count: formatNumber(data.created) })}
    />
  );
}
