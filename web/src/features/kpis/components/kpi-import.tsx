import { Alert, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ComponentProps, type FormEvent, useState } from 'react';
import { isApiError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ImportErrorTable } from '../../../shared/ui/import-error-table';
import { useImportKpis } from '../api';

const hiddenInputProps = { 'data-testid': 'kpi-import-input' } as ComponentProps<'input'>;

const accepted = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Uploads the set's cards as an .xlsx workbook; refused rows come back one per line. */
export function KpiImport({ kpiSetId }: { kpiSetId: number }) {
  const { t } = useI18n();
  const importKpis = useImportKpis(kpiSetId);
  const [file, setFile] = useState<File | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) importKpis.mutate(file, { onSuccess: () => setFile(null) });
  };

  const rowErrors = isApiError(importKpis.error, 422) ? importKpis.error.rows : [];

  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid="kpi-import-form">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('kpiSet.importTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('kpiSet.importHelp')}
          </Text>
          <Group align="flex-end">
            <FileInput
              label={t('kpiSet.importFile')}
              placeholder={t('import.choose')}
              accept={accepted}
              value={file}
              onChange={setFile}
              clearable
              w={{ base: '100%', sm: 320 }}
              data-testid="kpi-import-file"
              fileInputProps={hiddenInputProps}
            />
            <Button
              type="submit"
              disabled={!file}
              loading={importKpis.isPending}
              data-testid="kpi-import-submit"
            >
              {t('import.submit')}
            </Button>
          </Group>
          {importKpis.isSuccess && (
            <Alert color="green" data-testid="kpi-import-success">
              {t('kpiSet.importDone', {
                created: formatNumber(importKpis.data.created),
                updated: formatNumber(importKpis.data.updated),
              })}
            </Alert>
          )}
          {importKpis.isError && (
            <ErrorAlert error={importKpis.error} withTitle={false} testId="kpi-import-error" />
          )}
          {rowErrors.length > 0 && <ImportErrorTable rows={rowErrors} />}
        </Stack>
      </form>
    </Paper>
  );
}
