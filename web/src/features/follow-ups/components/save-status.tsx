import { Alert, Button, Group, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { DraftStatus } from '../drafts/use-follow-up-draft';

const colors: Record<DraftStatus, string> = {
  loading: 'dimmed',
  saved: 'teal',
  saving: 'dimmed',
  'local-only': 'orange',
  conflict: 'red',
  error: 'red',
};

/**
 * Where the draft is: saved in the system, being sent, kept on this device until the network is back, or changed
 * elsewhere (with the way out: take the system's copy).
 */
export function SaveStatus({
  status,
  message,
  onReload,
}: {
  status: DraftStatus;
  message: string | null;
  onReload: () => void;
}) {
  const { t } = useI18n();
  if (status === 'conflict')
    return (
      <Alert color="red" data-testid="follow-up-save-status" data-status={status}>
        <Group justify="space-between" gap="xs">
          <Text size="sm">{message ?? t('fu.saveConflict')}</Text>
          <Button size="xs" variant="white" color="red" onClick={onReload} data-testid="follow-up-reload">
            {t('fu.takeServerCopy')}
          </Button>
        </Group>
      </Alert>
    );
  const text = {
    loading: t('fu.saveLoading'),
    saved: t('fu.saveSaved'),
    saving: t('fu.saveSaving'),
    'local-only': t('fu.saveLocal'),
    error: message ?? t('fu.saveError'),
  }[status];
  return (
    <Text size="sm" c={colors[status]} fw={500} data-testid="follow-up-save-status" data-status={status}>
      {text}
    </Text>
  );
}
