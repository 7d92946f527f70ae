import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { fieldError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useAmendAgreement } from '../api';

/** "ขอแก้ไขคำรับรอง": a reason (at least 5 characters), then the new draft version opens. */
export function AmendForm({ agreementId }: { agreementId: number }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const amend = useAmendAgreement(agreementId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');

  if (!open)
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)} data-testid="amend-open">
          {t('agreement.amend')}
        </Button>
      </Group>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    amend.mutate(reason.trim(), { onSuccess: (view) => navigate(`/agreements/${view.agreement.id}`) });
  };
  const reasonError = fieldError(amend.error, 'reason');

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} data-testid="amend-form">
        <Stack gap="sm">
          <Text fw={600}>{t('agreement.amend')}</Text>
          <Text size="sm" c="dimmed">
            {t('agreement.amendHelp')}
          </Text>
          <Textarea
            label={t('agreement.amendReason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            minLength={5}
            autosize
            minRows={2}
            error={reasonError}
            data-testid="amend-reason"
          />
          {amend.isError && !reasonError && <ErrorAlert error={amend.error} withTitle={false} />}
          <Group gap="xs">
            <Button
              type="submit"
              loading={amend.isPending}
              disabled={reason.trim().length < 5}
              data-testid="amend-submit"
            >
              {t('agreement.amendSubmit')}
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
