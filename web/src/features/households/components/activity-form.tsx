import { Alert, Button, Group, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { todayIso } from '../../../shared/thai-date/fiscal-year';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import { useAddActivity } from '../api';

/**
 * The activity log's add form. Only developable households take activities: for the others the server's Thai
 * refusal (the detail's activityLog, and a 422 from the write) is shown and the form is disabled with it.
 */
export function ActivityForm({ householdId, refusal }: { householdId: number; refusal: string | null }) {
  const { t } = useI18n();
  const add = useAddActivity(householdId);
  const [activity, setActivity] = useState('');
  const [method, setMethod] = useState('');
  const [doneOn, setDoneOn] = useState(todayIso());
  const [place, setPlace] = useState('');
  const [agency, setAgency] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const [result, setResult] = useState('');
  const refused =
    refusal ??
    (isApiError(add.error, 422) && add.error.code === 'not_developable' ? add.error.message : null);
  const disabled = refused !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      {
        activity,
        method: method || null,
        doneOn,
        place: place || null,
        agency: agency || null,
        agencyRole: role === 'lead' || role === 'support' ? role : null,
        result: result || null,
      },
      {
        onSuccess: () => {
          setActivity('');
          setMethod('');
          setResult('');
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid="activity-form">
        <Stack gap="sm">
          <Title order={4} size="h5">
            {t('hhd.addActivity')}
          </Title>
          {refused && (
            <Alert color="orange" title={t('hhd.refused')} data-testid="activity-refused">
              {refused}
            </Alert>
          )}
          <fieldset disabled={disabled} style={{ border: 0, padding: 0, margin: 0 }}>
            <Stack gap="sm">
              <Group grow wrap="wrap" align="flex-start" preventGrowOverflow={false}>
                <TextInput
                  label={t('hhd.activity')}
                  value={activity}
                  onChange={(e) => setActivity(e.currentTarget.value)}
                  required
                  disabled={disabled}
                  miw={220}
                  data-testid="activity-name"
                />
                <ThaiDateInput
                  label={t('hhd.doneOn')}
                  value={doneOn}
                  onChange={setDoneOn}
                  required
                  disabled={disabled}
                  miw={180}
                  testId="activity-date"
                />
              </Group>
              <Textarea
                label={t('hhd.method')}
                value={method}
                onChange={(e) => setMethod(e.currentTarget.value)}
                disabled={disabled}
                autosize
                minRows={2}
                data-testid="activity-method"
              />
              <Group grow wrap="wrap" align="flex-start" preventGrowOverflow={false}>
                <TextInput
                  label={t('hhd.place')}
                  value={place}
                  onChange={(e) => setPlace(e.currentTarget.value)}
                  disabled={disabled}
                  miw={180}
                  data-testid="activity-place"
                />
                <TextInput
                  label={t('hhd.runBy')}
                  value={agency}
                  onChange={(e) => setAgency(e.currentTarget.value)}
                  disabled={disabled}
                  miw={180}
                  data-testid="activity-agency"
                />
                <Select
                  label={t('hhd.role')}
                  value={role}
                  onChange={setRole}
                  data={[
                    { value: 'lead', label: t('hhd.lead') },
                    { value: 'support', label: t('hhd.support') },
                  ]}
                  clearable
                  disabled={disabled}
                  miw={120}
                  data-testid="activity-role"
                />
              </Group>
              <Textarea
                label={t('hhd.result')}
                value={result}
                onChange={(e) => setResult(e.currentTarget.value)}
                disabled={disabled}
                autosize
                minRows={2}
                data-testid="activity-result"
              />
              {add.isError && !refused && (
                <ErrorAlert error={add.error} withTitle={false} testId="activity-error" />
              )}
              <Group>
                <Button
                  type="submit"
                  disabled={disabled}
                  loading={add.isPending}
                  data-testid="activity-submit"
                >
                  {t('hhd.addActivity')}
                </Button>
              </Group>
            </Stack>
          </fieldset>
        </Stack>
      </form>
    </Paper>
  );
}
