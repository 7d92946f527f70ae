import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import { useCurrentUser } from '../../auth/api';
import { useSetCutoff } from '../api';

/**
 * KPI 1 needs the year's return cut-off before it can be computed: a notice saying so, with the form to set it for
 * the department's admins (the only role that may), instead of an error box.
 */
export function CutoffNotice({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const setCutoff = useSetCutoff(fiscalYear);
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState('');
  const mayset = me.role === 'department_admin';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Shown only while the year has no cut-off: the version loaded is 0 (none stored).
    if (date) setCutoff.mutate({ returnCutoff: date, rowVersion: 0 });
  };
  return (
    <Alert color="blue" title={t('bud.noCutoffTitle', { year: fiscalYear })} data-testid="budget-no-cutoff">
      <Stack gap="sm">
        <Text size="sm">{t(mayset ? 'bud.noCutoffAdmin' : 'bud.noCutoffOthers')}</Text>
        {mayset && !open && (
          <Group>
            <Button size="xs" onClick={() => setOpen(true)} data-testid="budget-set-cutoff">
              {t('bud.setCutoff')}
            </Button>
          </Group>
        )}
        {mayset && open && (
          <form onSubmit={submit}>
            <Group align="flex-end" wrap="wrap" gap="sm">
              <ThaiDateInput
                label={t('bud.cutoffDate')}
                value={date}
                onChange={setDate}
                w={{ base: '100%', xs: 220 }}
                testId="budget-cutoff-date"
              />
              <Button
                type="submit"
                disabled={!date}
                loading={setCutoff.isPending}
                data-testid="budget-cutoff-save"
              >
                {t('bud.saveCutoff')}
              </Button>
            </Group>
          </form>
        )}
        {setCutoff.isError && <ErrorAlert error={setCutoff.error} withTitle={false} />}
      </Stack>
    </Alert>
  );
}
