import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { datesOfMonth, formatIsoDate, formatWeekday } from '../../../shared/thai-date/month';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useCalendar, useOverrideDueDate } from '../api';
import { periodLabel } from '../period-label';
import type { CalendarEntry } from '../types';

type FormProps = { entry: CalendarEntry; month: string; onDone: () => void };

/**
 * A new date in the same month as the default one (the server's rule), and the reason, which is logged. It sends
 * the entry's version as the form opened: a move saved by someone else meanwhile is refused (StaleAlert).
 */
function OverrideForm({ entry, month, onDone }: FormProps) {
  const { t, lang } = useI18n();
  const override = useOverrideDueDate();
  const [loadedVersion] = useState(entry.rowVersion);
  const [dueDate, setDueDate] = useState(entry.dueDate);
  const [reason, setReason] = useState('');
  const dates = datesOfMonth(entry.defaultDueDate.slice(0, 7));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    override.mutate(
      { reportTypeId: entry.reportType.id, month, dueDate, reason: reason.trim(), rowVersion: loadedVersion },
      { onSuccess: onDone },
    );
  };
  const reasonError = fieldError(override.error, 'reason');

  return (
    <form onSubmit={submit} data-testid="override-form">
      <Stack gap="xs" mt="xs">
        <NativeSelect
          label={t('calendar.newDate')}
          value={dueDate}
          onChange={(event) => setDueDate(event.currentTarget.value)}
          data={dates.map((date) => ({
            value: date,
            label: `${formatIsoDate(date, lang)} (${formatWeekday(date, lang)})`,
          }))}
          maw={320}
          data-testid="override-date"
        />
        <Textarea
          label={t('calendar.reason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          required
          minLength={5}
          autosize
          minRows={2}
          error={reasonError}
          data-testid="override-reason"
        />
        {override.isError && !reasonError && (
          <ErrorAlert error={override.error} withTitle={false} testId="override-error" />
        )}
        <Group gap="xs">
          <Button
            type="submit"
            size="sm"
            loading={override.isPending}
            disabled={reason.trim().length < 5}
            data-testid="override-save"
          >
            {t('calendar.save')}
          </Button>
          <Button size="sm" variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EntryRow({
  entry,
  month,
  canEdit,
  allowed,
}: {
  entry: CalendarEntry;
  month: string;
  canEdit: boolean;
  allowed: boolean;
}) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  return (
    <Paper
      withBorder
      p="sm"
      data-testid="calendar-entry"
      data-report-type={entry.reportType.id}
      data-due={entry.dueDate}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div style={{ flex: '1 1 220px', minWidth: 0 }}>
          <Text fw={600}>{entry.reportType.nameTh}</Text>
          <Text size="xs" c="dimmed">
            {periodLabel(entry.periodKey, entry.periodLabelTh, lang)}
          </Text>
        </div>
        <div style={{ flex: '1 1 200px' }}>
          <Text size="sm" fw={700} data-testid="calendar-due">
            {formatIsoDate(entry.dueDate, lang)} ({formatWeekday(entry.dueDate, lang)})
          </Text>
          {entry.overridden && (
            <Text size="xs" c="dimmed" data-testid="calendar-moved">
              {t('calendar.default', { date: formatIsoDate(entry.defaultDueDate, lang) })}
              {entry.overrideReason ? ` · ${entry.overrideReason}` : ''}
            </Text>
          )}
          {entry.closedDayTh && (
            <Text size="xs" c="orange.8" data-testid="calendar-closed-day">
              {t('mine.closedDay', { name: entry.closedDayTh })}
            </Text>
          )}
        </div>
        {canEdit && !editing && (
          <Button
            size="xs"
            variant="light"
            onClick={() => setEditing(true)}
            disabled={!allowed}
            data-testid="calendar-change"
          >
            {t('calendar.change')}
          </Button>
        )}
      </Group>
      {editing && <OverrideForm entry={entry} month={month} onDone={() => setEditing(false)} />}
    </Paper>
  );
}

type Props = { province: string; month: string; canEdit: boolean };

/**
 * The province's calendar for the month: each report's due date, moves with their reasons, closed-day warnings.
 * Province admins and staff move a date before the 1st of the month; after that the server's reason is shown.
 */
export function ProvinceCalendar({ province, month, canEdit }: Props) {
  const { t } = useI18n();
  const calendar = useCalendar(province, month);
  if (!calendar.data) return calendar.isError ? <ErrorAlert error={calendar.error} /> : null;
  const { entries, canChange } = calendar.data;
  return (
    <Stack gap="sm" data-testid="province-calendar">
      <Title order={3} size="h4">
        {t('calendar.title')}
      </Title>
      {canEdit && (
        <Text size="xs" c="dimmed">
          {t('calendar.rule')}
        </Text>
      )}
      {canEdit && !canChange.allowed && canChange.reason && (
        <Alert color="gray" title={t('calendar.locked')} data-testid="calendar-locked">
          {canChange.reason}
        </Alert>
      )}
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('calendar.empty')}
        </Text>
      ) : (
        entries.map((entry) => (
          <EntryRow
            key={`${entry.reportType.id}-${entry.periodKey}`}
            entry={entry}
            month={month}
            canEdit={canEdit}
            allowed={canChange.allowed}
          />
        ))
      )}
    </Stack>
  );
}
