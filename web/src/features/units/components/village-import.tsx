import { Alert, Anchor, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ComponentProps, type FormEvent, useState } from 'react';
import { isApiError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ImportErrorTable } from '../../../shared/ui/import-error-table';
import { useImportVillages, villageTemplateUrl } from '../api';

/** A test hook on the hidden <input type="file"> that Mantine renders. */
const hiddenInputProps = { 'data-testid': 'village-import-input' } as ComponentProps<'input'>;

const accepted = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Uploads a CSV or Excel file of villages; the server saves all rows or none. */
export function VillageImport() {
  const { t } = useI18n();
  const importVillages = useImportVillages();
  const [file, setFile] = useState<File | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) importVillages.mutate(file, { onSuccess: () => setFile(null) });
  };

  const rowErrors = isApiError(importVillages.error, 422) ? importVillages.error.rows : [];

  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid="village-import-form">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('import.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('import.help')}
          </Text>
          <Anchor href={villageTemplateUrl} download size="sm" data-testid="village-template">
            {t('import.template')}
          </Anchor>
          <Group align="flex-end">
            <FileInput
              label={t('import.file')}
              placeholder={t('import.choose')}
              accept={accepted}
              value={file}
              onChange={setFile}
              clearable
              w={{ base: '100%', sm: 320 }}
              data-testid="village-import-file"
              fileInputProps={hiddenInputProps}
            />
            <Button
              type="submit"
              disabled={!file}
              loading={importVillages.isPending}
              data-testid="village-import-submit"
            >
              {t('import.submit')}
            </Button>
          </Group>
          {importVillages.isSuccess && (
            <Alert color="green" data-testid="village-import-success">
              {t('import.done', { count: formatNumber(importVillages.data.created) })}
            </Alert>
          )}
          {importVillages.isError && <ErrorAlert error={importVillages.error} withTitle={false} />}
          {rowErrors.length > 0 && <ImportErrorTable rows={rowErrors} />}
        </Stack>
      </form>
    </Paper>
  );
}
