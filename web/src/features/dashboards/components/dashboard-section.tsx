import { Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../shared/i18n/dictionary';
import { useI18n } from '../../../shared/i18n/language';
import type { DashboardTable } from '../types';
import { ExportLinks } from './export-links';

/** One block of a dashboard: its title, the download links of its table, and what it shows. */
export function DashboardSection({
  title,
  unit,
  kpiSet,
  table,
  children,
}: {
  title: MessageKey;
  unit: string;
  kpiSet: number;
  table: DashboardTable;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" data-testid={`dash-section-${table}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={3}>{t(title)}</Title>
          <ExportLinks unit={unit} kpiSet={kpiSet} table={table} />
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
