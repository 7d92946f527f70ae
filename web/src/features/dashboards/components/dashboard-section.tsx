import { Group, Paper, SegmentedControl, Stack, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/dictionary';
import { useI18n } from '../../../shared/i18n/language';
import { ExportLinks, type ExportTarget } from './export-links';

/**
 * One block of a dashboard: its title, the download links of its table, and what it shows. With a chart, a switch
 * turns between the chart and its table (the table is the chart's figures, exactly).
 */
export function DashboardSection({
  title,
  chart,
  children,
  ...target
}: {
  title: MessageKey;
  chart?: ReactNode;
  children: ReactNode;
} & ExportTarget) {
  const { t } = useI18n();
  const { table } = target;
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Paper withBorder p="md" data-testid={`dash-section-${table}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={3}>{t(title)}</Title>
          <ExportLinks {...target} />
        </Group>
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
            data-testid={`dash-${table}-view`}
            style={{ alignSelf: 'flex-start' }}
          />
        )}
        {chart && view === 'chart' ? chart : children}
      </Stack>
    </Paper>
  );
}
