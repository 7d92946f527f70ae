import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../api/api-error';
import { useI18n } from '../i18n/language';
import { ErrorAlert } from './error-alert';

const MIN_REASON = 5;

type Props<T> = {
  /** data-testid prefix: `${testId}-open`, `-form`, `-reason`, `-submit`. */
  testId: string;
  title: string;
  help: string;
  reasonLabel: string;
  submitLabel: string;
  /** Any react-query mutation that takes the reason. */
  mutation: {
    mutate: (reason: string, options: { onSuccess?: (data: T) => void }) => void;
    isPending: boolean;
    isError: boolean;
    error: Error | null;
  };
  onDone?: (data: T) => void;
};

/** A button that opens a form asking for a reason (at least 5 characters) before an action the server records. */
export function ReasonForm<T>({ testId, title, help, reasonLabel, submitLabel, mutation, onDone }: Props<T>) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');

  if (!open)
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)} data-testid={`${testId}-open`}>
          {title}
        </Button>
      </Group>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(reason.trim(), { onSuccess: onDone });
  };
  const reasonError = fieldError(mutation.error, 'reason');

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} data-testid={`${testId}-form`}>
        <Stack gap="sm">
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {help}
          </Text>
          <Textarea
            label={reasonLabel}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            minLength={MIN_REASON}
            autosize
            minRows={2}
            error={reasonError}
            data-testid={`${testId}-reason`}
          />
          {mutation.isError && !reasonError && <ErrorAlert error={mutation.error} withTitle={false} />}
          <Group gap="xs">
            <Button
              type="submit"
              loading={mutation.isPending}
              disabled={reason.trim().length < MIN_REASON}
              data-testid={`${testId}-submit`}
            >
              {submitLabel}
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
