import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatIsoDate, formatWeekday } from '../../../shared/thai-date/month';
import { useCurrentUser } from '../../auth/api';
import { periodLabel } from '../period-label';
import { isDistrictUser, reportsLink } from '../report-context';
import type { Submission } from '../types';
import { StateBadge } from './state-badge';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

/** The report, the unit, the period, the due date in B.E., where it stands and its timeliness score. */
export function SubmissionHeader({ submission }: { submission: Submission }) {
  const { t, lang } = useI18n();
  const { timeliness } = submission;
  const me = useCurrentUser();
  const month = submission.dueDate.slice(0, 7);
  const back = isDistrictUser(me)
    ? reportsLink('/reports', { month })
    : reportsLink('/reports/board', { month });
  return (
    <Stack gap="sm">
      <Anchor component={Link} to={back} size="sm" data-testid="submission-back">
        ‹ {t('submission.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Title order={2} style={{ flex: '1 1 260px' }} data-testid="submission-title">
          {submission.reportType.nameTh}
        </Title>
        <StateBadge state={submission.state} colour={submission.colour} testId="submission-state" />
      </Group>
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Fact label={t('submission.unit')} testId="submission-unit">
            {submission.unit.nameTh}
          </Fact>
          <Fact label={t('submission.period')} testId="submission-period">
            {periodLabel(submission.periodKey, submission.periodLabelTh, lang)}
          </Fact>
          <Fact label={t('submission.due')} testId="submission-due">
            {formatIsoDate(submission.dueDate, lang)} ({formatWeekday(submission.dueDate, lang)})
          </Fact>
          <Fact label={t('submission.status')} testId="submission-status">
            <span data-status={submission.status}>{t(`submissionStatus.${submission.status}`)}</span>
          </Fact>
          <Fact label={t('submission.score')} testId="submission-points">
            {timeliness.points !== null
              ? t('points.of', { points: timeliness.points })
              : t('submission.scorePending')}
          </Fact>
          {timeliness.firstSubmittedOn && (
            <Fact label={t('submission.firstSent', { date: '' }).trim()} testId="submission-first-sent">
              {formatIsoDate(timeliness.firstSubmittedOn, lang)}
              {(timeliness.daysLate ?? 0) > 0
                ? ` · ${t('countdown.sentLate', { days: timeliness.daysLate ?? 0 })}`
                : ` · ${t('countdown.sentOnTime')}`}
            </Fact>
          )}
        </SimpleGrid>
        {submission.reportType.dayCounting === 'working' && (
          <Text size="xs" c="dimmed" mt="xs">
            {t('submission.workingDays')}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
