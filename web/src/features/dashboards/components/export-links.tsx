import { Anchor, Group, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { districtsExportUrl } from '../api';
import type { DashboardTable } from '../types';

const formats = [
  { format: 'xlsx', label: 'dash.exportXlsx' },
  { format: 'csv', label: 'dash.exportCsv' },
] as const;

/** Where a table downloads: the districts dashboard's (unit and round), or any other dashboard's own link. */
export type ExportTarget =
  | { unit: string; kpiSet: number; table: DashboardTable }
  | { table: string; hrefOf: (format: 'xlsx' | 'csv') => string };

const hrefOf = (target: ExportTarget, format: 'xlsx' | 'csv') =>
  'hrefOf' in target
    ? target.hrefOf(format)
    : districtsExportUrl(target.unit, target.kpiSet, target.table, format);

/** Download links of one table of the page, as xlsx and as CSV. */
export function ExportLinks(target: ExportTarget) {
  const { table } = target;
  const { t } = useI18n();
  return (
    <Group gap="xs" className="no-print">
      <Text size="sm" c="dimmed">
        {t('dash.export')}
      </Text>
      {formats.map(({ format, label }) => (
        <Anchor
          key={format}
          href={hrefOf(target, format)}
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
