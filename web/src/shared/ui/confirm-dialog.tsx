import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/language';
import { ErrorAlert } from './error-alert';

type Props = {
  opened: boolean;
  title: string;
  /** The Thai question the user answers. */
  message: ReactNode;
  confirmLabel: string;
  /** Red for a removal (the default), green for a step that closes a document. */
  color?: 'red' | 'green';
  loading: boolean;
  /** The failed request's error, shown above the buttons; null while there is none. */
  error: unknown;
  errorTestId?: string;
  confirmTestId: string;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before an action that cannot be taken back: the question, the server's refusal if any, Cancel and confirm. */
export function ConfirmDialog({
  opened,
  title,
  message,
  confirmLabel,
  color = 'red',
  loading,
  error,
  errorTestId,
  confirmTestId,
  onConfirm,
  onClose,
}: Props) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        <Text>{message}</Text>
        {error != null && <ErrorAlert error={error} withTitle={false} testId={errorTestId} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={color} loading={loading} onClick={onConfirm} data-testid={confirmTestId}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
