import { Anchor, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/dictionary';
import { useI18n } from '../../../shared/i18n/language';
import { registerExportUrl } from '../registers-api';

export type SectionTable = { table: 'months' | 'areas'; label: MessageKey };

/** Download links of a section's tables, each as xlsx and as CSV. */
function Downloads({
  section,
  unit,
  year,
  tables,
}: {
  section: 'budget' | 'households';
  unit: string;
  year: number;
  tables: SectionTable[];
}) {
  const { t } = useI18n();
  return (
    <Stack gap={2} className="no-print">
      {tables.map(({ table, label }) => (
        <Group gap="xs" key={table}>
          <Text size="sm" c="dimmed">
            {t('dash.export')} {t(label)}
          </Text>
          {(['xlsx', 'csv'] as const).map((format) => (
            <Anchor
              key={format}
              href={registerExportUrl(section, unit, year, table, format)}
              download
              size="sm"
              data-testid={`dreg-${section}-${table}-${format}`}
            >
              {t(format === 'xlsx' ? 'dash.exportXlsx' : 'dash.exportCsv')}
            </Anchor>
          ))}
        </Group>
      ))}
    </Stack>
  );
}

/**
 * A section of the register dashboards: its title, the year picker and notes in `head`, the downloads of its tables,
 * and a switch between the chart and the table of the same figures.
 */
export function RegisterSection({
  section,
  title,
  unit,
  year,
  tables,
  head,
  chart,
  children,
}: {
  section: 'budget' | 'households';
  title: MessageKey;
  unit: string;
  year: number;
  tables: SectionTable[];
  head: ReactNode;
  chart: ReactNode | null;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Paper withBorder p="md" data-testid={`dreg-${section}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={3}>{t(title)}</Title>
          {chart && <Downloads section={section} unit={unit} year={year} tables={tables} />}
        </Group>
        {head}
        {chart && (
          <SegmentedControl
            className="no-print"
            value={view}
            onChange={(next) => setView(next === 'table' ? 'table' : 'chart')}
            data={[
              { value: 'chart', label: t('dash.viewChart') },
              { value: 'table', label: t('dash.viewTable') },
            ]}
            aria-label={t('dash.view')}
            data-testid={`dreg-${section}-view`}
            style={{ alignSelf: 'flex-start' }}
          />
        )}
        {chart && view === 'chart' ? chart : children}
      </Stack>
    </Paper>
  );
}
