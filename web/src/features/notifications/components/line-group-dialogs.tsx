import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { unitName } from '../../units/unit-name';
import { useSetLineGroup } from '../api';
import type { LineGroupRow } from '../line-groups';

type Props = { row: LineGroupRow; onClose: () => void };

/**
 * Sets or changes a unit's group from the version the page loaded: a refused id shows the server's reason under
 * the field, a save after someone else's shows who saved and when (StaleAlert, through ErrorAlert).
 */
export function LineGroupDialog({ row, onClose }: Props) {
  const { t, lang } = useI18n();
  const save = useSetLineGroup();
  const [groupId, setGroupId] = useState(row.groupId ?? '');
  const fieldMessage = fieldError(save.error, 'groupId');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ unitCode: row.code, groupId, rowVersion: row.rowVersion }, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={t('lineGroups.dialogTitle', { unit: unitName(row, lang) })}>
      <form onSubmit={submit} noValidate data-testid="line-group-form">
        <Stack>
          <TextInput
            label={t('lineGroups.groupId')}
            description={t('lineGroups.groupIdHint')}
            value={groupId}
            onChange={(event) => setGroupId(event.currentTarget.value)}
            error={fieldMessage}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            data-testid="line-group-id"
          />
          {save.isError && !fieldMessage && <ErrorAlert error={save.error} testId="line-group-error" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="line-group-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Removes a unit's group after a confirmation, from the version the page loaded. */
export function RemoveLineGroupDialog({ row, onClose }: Props) {
  const { t, lang } = useI18n();
  const remove = useSetLineGroup();
  return (
    <ConfirmDialog
      opened
      title={t('lineGroups.remove')}
      message={t('lineGroups.removeConfirm', { unit: unitName(row, lang) })}
      confirmLabel={t('lineGroups.remove')}
      loading={remove.isPending}
      error={remove.error}
      errorTestId="line-group-remove-error"
      confirmTestId="line-group-remove-confirm"
      onConfirm={() =>
        remove.mutate(
          { unitCode: row.code, groupId: null, rowVersion: row.rowVersion },
          { onSuccess: onClose },
        )
      }
      onClose={onClose}
    />
  );
}
