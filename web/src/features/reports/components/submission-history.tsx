import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { todayIso } from '../../../shared/thai-date/fiscal-year';
import { formatDateTime } from '../../../shared/thai-date/format-date';
import type { SubmissionAction, SubmissionEvent } from '../types';

const colours: Record<SubmissionAction, string> = {
  submit: 'blue',
  resubmit: 'blue',
  return: 'red',
  approve: 'green',
  reopen: 'yellow',
};

const DAY_MS = 86_400_000;

/** Whole days from the due date to the Bangkok date of an instant: negative before, 0 on the day. */
function daysAfterDue(dueDate: string, at: string): number {
  return Math.round((Date.parse(todayIso(new Date(at))) - Date.parse(dueDate)) / DAY_MS);
}

/**
 * The review log: who sent, returned (with the reason), approved or reopened it, and when. Newest last. The first
 * sending says whether it met the due date, since timeliness is scored from it (seed 003 L999).
 */
export function SubmissionHistory({ events, dueDate }: { events: SubmissionEvent[]; dueDate: string }) {
  const { t, lang } = useI18n();
  const first = events.find((event) => event.action === 'submit');
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid="submission-history">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('history.title')}
        </Title>
        {events.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('history.empty')}
          </Text>
        ) : (
          <Timeline active={events.length - 1} bulletSize={14} lineWidth={2}>
            {events.map((event) => (
              <Timeline.Item
                key={`${event.at}-${event.action}`}
                color={colours[event.action]}
                title={lang === 'th' ? event.actionLabelTh : t(`reportAction.${event.action}`)}
                data-testid="history-event"
                data-action={event.action}
              >
                <Text size="sm" data-testid="history-who">
                  {event.user?.displayName ?? t('history.system')}
                </Text>
                <Text size="xs" c="dimmed" data-testid="history-when">
                  {formatDateTime(event.at, lang)}
                </Text>
                {event === first && <Timing days={daysAfterDue(dueDate, event.at)} />}
                {event.reason && (
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }} data-testid="history-reason">
                    {t('history.reason', { reason: event.reason })}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}

/** "On time (2 days before the due date)" or "3 days late", for the first sending. */
function Timing({ days }: { days: number }) {
  const { t } = useI18n();
  const text =
    days > 0
      ? t('history.late', { days })
      : days === 0
        ? t('history.onDueDate')
        : t('history.early', { days: -days });
  return (
    <Text
      size="xs"
      fw={600}
      c={days > 0 ? 'orange.8' : 'green.8'}
      data-testid="history-timing"
      data-days={days}
    >
      {text}
    </Text>
  );
}
