import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatDateTime } from '../../../shared/thai-date/format-date';
import type { SubmissionAction, SubmissionEvent } from '../types';

const colours: Record<SubmissionAction, string> = {
  submit: 'blue',
  resubmit: 'blue',
  return: 'red',
  approve: 'green',
  reopen: 'yellow',
};

/** The review log: who sent, returned (with the reason), approved or reopened it, and when. Newest last. */
export function SubmissionHistory({ events }: { events: SubmissionEvent[] }) {
  const { t, lang } = useI18n();
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
