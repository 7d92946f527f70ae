import { Badge, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatDateTime } from '../../../shared/thai-date/format-date';
import { formatIsoDate, formatMonth } from '../../../shared/thai-date/month';
import { useCurrentUser } from '../../auth/api';
import { periodLabel } from '../../reports/period-label';
import type { ProvinceHome } from '../types';
import { HomeBlock, HomeEmpty, HomeRow } from './home-block';

export function WaitingBlock({ home }: { home: ProvinceHome }) {
  const { t, lang } = useI18n();
  const { waiting } = home;
  return (
    <HomeBlock
      title={t('home.waiting.title')}
      testId="home-block-waiting"
      count={waiting.count}
      link={{ to: `/reports/board?province=${home.unit.code}`, label: t('home.waiting.open') }}
    >
      {waiting.items.length === 0 ? (
        <HomeEmpty testId="home-empty-waiting" text={t('home.waiting.none')} />
      ) : (
        waiting.items.map((s) => (
          <HomeRow
            key={s.id}
            testId="home-waiting"
            to={`/reports/submissions/${s.id}`}
            title={`${s.unit.nameTh} · ${s.reportNameTh}`}
            details={
              <Text size="xs" c="dimmed">
                {periodLabel(s.periodKey, s.periodLabelTh, lang)}
                {s.submittedAt
                  ? ` · ${t('home.waiting.sent', { at: formatDateTime(s.submittedAt, lang) })}`
                  : ''}
              </Text>
            }
          />
        ))
      )}
      {waiting.count > waiting.items.length && (
        <Text size="xs" c="dimmed">
          {t('home.more', { count: waiting.count - waiting.items.length })}
        </Text>
      )}
    </HomeBlock>
  );
}

export function LateBlock({ home }: { home: ProvinceHome }) {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const { late } = home;
  const board = `/reports/board?province=${home.unit.code}&month=${late.month}`;
  const empty = () => {
    if (late.forms === 0) {
      return (
        <HomeEmpty
          testId="home-empty-late"
          text={t('home.late.noForms')}
          {...(me.permissions.editUnits
            ? { link: { to: `/reports/types?province=${home.unit.code}`, label: t('home.late.forms') } }
            : {})}
        />
      );
    }
    if (late.dueThisMonth === 0) return <HomeEmpty testId="home-empty-late" text={t('home.late.noneDue')} />;
    const text = late.nextDueDate
      ? t('home.late.noneNext', { date: formatIsoDate(late.nextDueDate, lang) })
      : t('home.late.none');
    return <HomeEmpty testId="home-empty-late" text={text} />;
  };
  return (
    <HomeBlock
      title={t('home.late.title', { month: formatMonth(late.month, lang) })}
      testId="home-block-late"
      count={late.districts.length}
      link={{ to: board, label: t('home.waiting.open') }}
    >
      {late.districts.length === 0
        ? empty()
        : late.districts.map((d) => (
            <HomeRow
              key={d.unit.code}
              testId="home-late"
              to={board}
              title={d.unit.nameTh}
              badges={
                <>
                  {d.missing > 0 && (
                    <Badge color="red" variant="light">
                      {t('home.late.missing', { count: d.missing })}
                    </Badge>
                  )}
                  {d.late > 0 && (
                    <Badge color="orange" variant="light">
                      {t('home.late.sentLate', { count: d.late })}
                    </Badge>
                  )}
                </>
              }
            />
          ))}
    </HomeBlock>
  );
}

export function ScoresBlock({ home }: { home: ProvinceHome }) {
  const { t } = useI18n();
  const { agreements } = home;
  if (!agreements || agreements.items.length === 0) {
    return (
      <HomeBlock title={t('home.scores.title')} testId="home-block-scores">
        <HomeEmpty
          testId="home-empty-scores"
          text={t('home.scores.none')}
          link={{ to: '/kpis', label: t('nav.kpis') }}
        />
      </HomeBlock>
    );
  }
  return (
    <HomeBlock
      title={`${t('home.scores.title')} ${t('home.round', { round: agreements.round, year: agreements.fiscalYear })}`}
      testId="home-block-scores"
      link={{ to: `/kpi-sets/${agreements.kpiSetId}`, label: t('home.scores.open') }}
    >
      <Stack gap={6}>
        {agreements.items.map((a) => (
          <HomeRow
            key={a.id}
            testId="home-score"
            to={`/agreements/${a.id}`}
            title={a.agent.nameTh}
            badges={
              <>
                <Text size="xs" c="dimmed">
                  {t('home.scores.reported', { reported: a.reported, expected: a.expected })}
                </Text>
                <Text size="sm" ff="monospace" fw={600} data-testid="home-score-value">
                  {a.reported === 0 ? '—' : a.score}
                </Text>
              </>
            }
          />
        ))}
      </Stack>
    </HomeBlock>
  );
}

export function AlertsBlock({ home }: { home: ProvinceHome }) {
  const { t } = useI18n();
  const { households, projects } = home.alerts;
  const unit = home.unit.code;
  const rows = [
    ...(households
      ? households.warnings.map((w) => (
          <HomeRow
            key={w.code + w.message}
            testId="home-alert"
            to={`/registers/households?unit=${unit}&fiscalYear=${households.fiscalYear}`}
            title={t('home.alerts.households', { year: households.fiscalYear })}
            details={<Text size="xs">{w.message}</Text>}
          />
        ))
      : []),
    ...(projects && projects.late > 0
      ? [
          <HomeRow
            key="late"
            testId="home-alert"
            to={`/registers/projects?unit=${unit}&fiscalYear=${projects.fiscalYear}&status=late`}
            title={t('home.alerts.projectsLate', { year: projects.fiscalYear, count: projects.late })}
          />,
        ]
      : []),
    ...(projects && projects.missingPhotos > 0
      ? [
          <HomeRow
            key="photos"
            testId="home-alert"
            to={`/registers/projects?unit=${unit}&fiscalYear=${projects.fiscalYear}&status=missing-photos`}
            title={t('home.alerts.projectsPhotos', {
              year: projects.fiscalYear,
              count: projects.missingPhotos,
            })}
          />,
        ]
      : []),
  ];
  return (
    <HomeBlock
      title={t('home.alerts.title')}
      testId="home-block-alerts"
      count={rows.length}
      link={{ to: `/registers/households?unit=${unit}`, label: t('nav.registers') }}
    >
      {rows.length > 0 ? (
        rows
      ) : (
        <HomeEmpty
          testId="home-empty-alerts"
          text={t(households || projects ? 'home.alerts.none' : 'home.alerts.noData')}
        />
      )}
    </HomeBlock>
  );
}
