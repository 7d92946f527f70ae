import { Anchor, Group, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { districtsExportUrl } from '../api';
import type { DashboardTable } from '../types';

const formats = [
  { format: 'xlsx', label: 'dash.exportXlsx' },
  { format: 'csv', label: 'dash.exportCsv' },
] as const;

/** Download links of one table of the page, as xlsx and as CSV. */
export function ExportLinks({
  unit,
  kpiSet,
  table,
}: {
  unit: string;
  kpiSet: number;
  table: DashboardTable;
}) {
  const { t } = useI18n();
  return (
    <Group gap="xs" className="no-print">
      <Text size="sm" c="dimmed">
        {t('dash.export')}
      </Text>
      {formats.map(({ format, label }) => (
        <Anchor
          key={format}
          href={districtsExportUrl(unit, kpiSet, table, format)}
          download
          size="sm"
          data-testid={`dash-${table}-${format}`}
        >
          {t(label)}
        </Anchor>
      ))}
    </Group>
  );
}
