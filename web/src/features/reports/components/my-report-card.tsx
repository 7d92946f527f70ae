import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatIsoDate, formatWeekday } from '../../../shared/thai-date/month';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useOpenSubmission } from '../api';
import { periodLabel } from '../period-label';
import type { CalendarEntry } from '../types';
import { Countdown } from './countdown';
import { StateBadge } from './state-badge';

type Props = { entry: CalendarEntry; unitCode: string; month: string; canFill: boolean };

/** One report of a district's month: due date in B.E., countdown, state, score, and the way into the form. */
export function MyReportCard({ entry, unitCode, month, canFill }: Props) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const open = useOpenSubmission();
  const outcome = entry.submission;
  const submissionId = outcome?.submissionId ?? null;
  const editable = outcome?.status === null || outcome?.status === 'draft' || outcome?.status === 'returned';
  const points = outcome?.timeliness.points ?? null;

  const go = () => {
    if (submissionId !== null) {
      void navigate(`/reports/submissions/${submissionId}`);
      return;
    }
    open.mutate(
      { reportTypeId: entry.reportType.id, unitCode, month },
      { onSuccess: (view) => navigate(`/reports/submissions/${view.submission.id}`) },
    );
  };

  const label =
    submissionId === null ? t('mine.open') : canFill && editable ? t('mine.continue') : t('mine.view');

  return (
    <Paper withBorder p="md" data-testid="my-report" data-report-type={entry.reportType.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ flex: '1 1 240px', minWidth: 0 }}>
            <Text fw={700} data-testid="my-report-name">
              {entry.reportType.nameTh}
            </Text>
            <Text size="sm" c="dimmed">
              {t('mine.period', { period: periodLabel(entry.periodKey, entry.periodLabelTh, lang) })}
            </Text>
          </div>
          {outcome && <StateBadge state={outcome.state} colour={outcome.colour} />}
        </Group>
        <Group gap="md" wrap="wrap">
          <Text size="sm" data-testid="my-report-due" data-date={entry.dueDate}>
            {t('mine.due', {
              date: `${formatIsoDate(entry.dueDate, lang)} (${formatWeekday(entry.dueDate, lang)})`,
            })}
          </Text>
          <Countdown
            daysLeft={entry.daysLeft}
            timeliness={outcome?.timeliness ?? null}
            testId="my-report-countdown"
          />
          {points !== null && (
            <Text size="sm" fw={700} data-testid="my-report-points" data-points={points}>
              {t('points.of', { points })}
            </Text>
          )}
        </Group>
        {entry.overridden && (
          <Text size="xs" c="dimmed" data-testid="my-report-moved">
            {t('mine.movedFrom', {
              date: formatIsoDate(entry.defaultDueDate, lang),
              reason: entry.overrideReason ?? '',
            })}
          </Text>
        )}
        {entry.closedDayTh && (
          <Alert color="yellow" p="xs" data-testid="my-report-closed-day">
            {t('mine.closedDay', { name: entry.closedDayTh })}
          </Alert>
        )}
        {open.isError && <ErrorAlert error={open.error} withTitle={false} testId="my-report-error" />}
        {(submissionId !== null || canFill) && (
          <Group>
            <Button
              onClick={go}
              loading={open.isPending}
              variant={submissionId === null || (canFill && editable) ? 'filled' : 'default'}
              data-testid="my-report-open"
            >
              {label}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
