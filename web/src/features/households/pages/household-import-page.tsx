import { Anchor, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ComponentProps, type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ImportJobView } from '../../../shared/ui/import-job-view';
import { useImportJob } from '../../registers/api';
import { ContextBar } from '../../registers/components/context-bar';
import { RegisterGate } from '../../registers/components/register-gate';
import { RegistersTabs } from '../../registers/components/registers-tabs';
import { contextQuery, useRegisterContext } from '../../registers/register-context';
import { householdKeys, householdTemplateUrl, useStartHouseholdImport } from '../api';

const hiddenInputProps = { 'data-testid': 'household-import-input' } as ComponentProps<'input'>;
const accepted = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** /registers/households/import?unit=&fiscalYear=: the template, the upload, and the job polled every second. */
export function HouseholdImportPage() {
  return (
    <RegisterGate register="households" write>
      <HouseholdImportView />
    </RegisterGate>
  );
}

function HouseholdImportView() {
  const { t } = useI18n();
  const { unit, fiscalYear, years, mayWrite, update } = useRegisterContext('households');
  const start = useStartHouseholdImport();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);
  const job = useImportJob(jobId, householdKeys.all);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setJobId(null);
    start.mutate({ file, unit, fiscalYear }, { onSuccess: (started) => setJobId(started.id) });
  };
  const running = job.data?.status === 'validating' || job.data?.status === 'saving';

  return (
    <Stack gap="lg" maw={1100}>
      <RegistersTabs active="import" unit={unit} mayWrite={mayWrite} />
      <Title order={2}>{t('imp.title')}</Title>
      <ContextBar unit={unit} fiscalYear={fiscalYear} years={years} onChange={update} />
      <Paper withBorder p="md" component="section">
        <form onSubmit={submit} data-testid="household-import-form">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('imp.help')}
            </Text>
            <Anchor
              href={householdTemplateUrl(fiscalYear)}
              download
              size="sm"
              data-testid="household-template"
            >
              {t('imp.template', { year: fiscalYear })}
            </Anchor>
            <Group align="flex-end" wrap="wrap">
              <FileInput
                label={t('imp.file')}
                placeholder={t('imp.choose')}
                accept={accepted}
                value={file}
                onChange={setFile}
                clearable
                w={{ base: '100%', sm: 320 }}
                data-testid="household-import-file"
                fileInputProps={hiddenInputProps}
              />
              <Button
                type="submit"
                disabled={!file || running}
                loading={start.isPending || running}
                data-testid="household-import-submit"
              >
                {t('imp.submit')}
              </Button>
            </Group>
            {start.isError && (
              <ErrorAlert error={start.error} withTitle={false} testId="household-import-error" />
            )}
          </Stack>
        </form>
      </Paper>
      {job.isError && <ErrorAlert error={job.error} withTitle={false} />}
      {job.data && <ImportJobView job={job.data} />}
      {job.data?.status === 'done' && (
        <Anchor
          component={Link}
          to={`/registers/households${contextQuery(unit, fiscalYear)}`}
          data-testid="import-to-summary"
        >
          {t('imp.toSummary')}
        </Anchor>
      )}
    </Stack>
  );
}
