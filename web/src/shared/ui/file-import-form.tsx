import { Alert, Anchor, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type ComponentProps, type FormEvent, useState } from 'react';
import { isApiError } from '../api/api-error';
import { useI18n } from '../i18n/language';
import { ErrorAlert } from './error-alert';
import { ImportErrorTable } from './import-error-table';

type Props<T> = {
  /** data-testid prefix: `${testId}-form`, `-file`, `-input` (the hidden <input type="file">), `-submit`, `-success`, `-error`. */
  testId: string;
  title: string;
  help: string;
  fileLabel: string;
  accept: string;
  template?: { href: string; label: string; testId: string };
  mutation: UseMutationResult<T, Error, File>;
  success: (data: T) => string;
};

/** Uploads one file; the server saves every row or none, and refused rows come back one per line. */
export function FileImportForm<T>({
  testId,
  title,
  help,
  fileLabel,
  accept,
  template,
  mutation,
  success,
}: Props<T>) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const hiddenInputProps = { 'data-testid': `${testId}-input` } as ComponentProps<'input'>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) mutation.mutate(file, { onSuccess: () => setFile(null) });
  };

  const rowErrors = isApiError(mutation.error, 422) ? mutation.error.rows : [];

  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid={`${testId}-form`}>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {help}
          </Text>
          {template && (
            <Anchor href={template.href} download size="sm" data-testid={template.testId}>
              {template.label}
            </Anchor>
          )}
          <Group align="flex-end">
            <FileInput
              label={fileLabel}
              placeholder={t('import.choose')}
              accept={accept}
              value={file}
              onChange={setFile}
              clearable
              w={{ base: '100%', sm: 320 }}
              data-testid={`${testId}-file`}
              fileInputProps={hiddenInputProps}
            />
            <Button
              type="submit"
              disabled={!file}
              loading={mutation.isPending}
              data-testid={`${testId}-submit`}
            >
              {t('import.submit')}
            </Button>
          </Group>
          {mutation.isSuccess && (
            <Alert color="green" data-testid={`${testId}-success`}>
              {success(mutation.data)}
            </Alert>
          )}
          {mutation.isError && (
            <ErrorAlert error={mutation.error} withTitle={false} testId={`${testId}-error`} />
          )}
          {rowErrors.length > 0 && <ImportErrorTable rows={rowErrors} />}
        </Stack>
      </form>
    </Paper>
  );
}
