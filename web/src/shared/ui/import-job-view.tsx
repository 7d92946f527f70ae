import { Alert, Progress, Stack, Table, Text } from '@mantine/core';
import type { ImportJob } from '../api/import-job';
import { useI18n } from '../i18n/language';
import { formatNumber } from '../i18n/number';

/** An import's progress bar, and on failure the rows at fault with the statement that nothing was saved. */
export function ImportJobView({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  const total = job.rowsTotal;
  const value =
    job.status === 'done'
      ? 100
      : total && total > 0
        ? job.status === 'saving'
          ? (job.rowsSaved / total) * 100
          : (job.rowsRead / total) * 100
        : 0;
  const errors = job.errors ?? [];
  const progressText = total
    ? t('imp.progress', {
        read: formatNumber(job.rowsRead),
        total: formatNumber(total),
        saved: formatNumber(job.rowsSaved),
      })
    : t('imp.progressUnknown', { read: formatNumber(job.rowsRead), saved: formatNumber(job.rowsSaved) });
  return (
    <Stack gap="sm" data-testid="import-job" data-status={job.status}>
      <Text fw={600} data-testid="import-status">
        {t(`imp.status.${job.status}`)} · {job.filename}
      </Text>
      <Progress
        value={value}
        color={job.status === 'failed' ? 'red' : job.status === 'done' ? 'green' : 'blue'}
        animated={job.status === 'validating' || job.status === 'saving'}
        size="lg"
        data-testid="import-progress"
        aria-label={progressText}
      />
      <Text size="sm" data-testid="import-progress-text">
        {progressText}
      </Text>
      {job.status === 'done' && (
        <Alert color="green" data-testid="import-done">
          {t('imp.doneText', { saved: formatNumber(job.rowsSaved) })}
        </Alert>
      )}
      {job.status === 'failed' && (
        <Alert color="red" data-testid="import-nothing-saved">
          {job.errorCount > 0 ? t('imp.nothingSaved', { count: formatNumber(job.errorCount) }) : job.message}
        </Alert>
      )}
      {errors.length > 0 && (
        <>
          {job.errorCount > errors.length && (
            <Text size="sm" c="dimmed" data-testid="import-errors-capped">
              {t('imp.capped', { shown: formatNumber(errors.length), total: formatNumber(job.errorCount) })}
            </Text>
          )}
          <Table.ScrollContainer minWidth={560}>
            <Table withTableBorder striped fz="sm" data-testid="import-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('imp.sheet')}</Table.Th>
                  <Table.Th>{t('imp.row')}</Table.Th>
                  <Table.Th>{t('imp.column')}</Table.Th>
                  <Table.Th>{t('imp.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {errors.map((e, i) => (
                  <Table.Tr
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows may repeat the same cell and message
                    key={`${e.sheet}-${e.row}-${e.field}-${i}`}
                    data-testid="import-error-row"
                    data-row={e.row}
                    data-field={e.field}
                  >
                    <Table.Td>{e.sheet}</Table.Td>
                    <Table.Td data-testid="import-error-row-number">{formatNumber(e.row)}</Table.Td>
                    <Table.Td data-testid="import-error-column">{e.column ?? '—'}</Table.Td>
                    <Table.Td data-testid="import-error-message">{e.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
