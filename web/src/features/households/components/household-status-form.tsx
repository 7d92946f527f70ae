import { Button, Group, Radio, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useChangeStatus } from '../api';
import { type HouseholdStatus, householdStatuses } from '../types';

/** Exactly one status: a radio group of the four, saved by the district. */
export function HouseholdStatusForm({
  id,
  status,
  rowVersion,
}: {
  id: number;
  status: HouseholdStatus;
  /** The household's version as loaded, sent back with the save. */
  rowVersion: number;
}) {
  const { t } = useI18n();
  const change = useChangeStatus(id);
  const [value, setValue] = useState<HouseholdStatus>(status);
  useEffect(() => setValue(status), [status]);
  return (
    <Stack gap="xs" data-testid="household-status-form">
      <Title order={4} size="h5">
        {t('hhd.statusTitle')}
      </Title>
      <Radio.Group value={value} onChange={(v) => setValue(v as HouseholdStatus)}>
        <Group gap="md">
          {householdStatuses.map((s) => (
            <Radio key={s} value={s} label={t(`status.${s}`)} data-testid={`household-status-${s}`} />
          ))}
        </Group>
      </Radio.Group>
      {change.isError && <ErrorAlert error={change.error} withTitle={false} />}
      <Group>
        <Button
          size="xs"
          disabled={value === status}
          loading={change.isPending}
          onClick={() => change.mutate({ status: value, rowVersion })}
          data-testid="household-status-save"
        >
          {t('hhd.statusSave')}
        </Button>
      </Group>
    </Stack>
  );
}
