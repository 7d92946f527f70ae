import { Badge, Group, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatIsoDate, formatMonth } from '../../../shared/thai-date/month';
import { kpiPageUrl } from '../../dashboards/kpi-api';
import { kpiKindLabel } from '../../kpis/kpi-sections';
import { kpiKinds } from '../../kpis/types';
import { periodLabel } from '../../reports/period-label';
import { LevelBadge } from '../../scoring/components/level-badge';
import { nextLevelText } from '../../scoring/criteria-text';
import type { DistrictHome, DueReport, HomeKpi } from '../types';
import { HomeBlock, HomeEmpty, HomeRow } from './home-block';

const waiting = new Set(['open', 'due-soon', 'missing', 'returned', 'reopened']);

/** "อีก 4 วัน" / "ครบกำหนดวันนี้" / "เลยกำหนด 2 วัน", only while the report still has to be sent. */
function Countdown({ entry }: { entry: DueReport }) {
  const { t } = useI18n();
  if (!waiting.has(entry.state)) return null;
  const { daysLeft } = entry;
  const text =
    daysLeft > 0
      ? t('home.countdown.left', { days: daysLeft })
      : daysLeft === 0
        ? t('home.countdown.today')
        : t('home.countdown.over', { days: -daysLeft });
  const colour = daysLeft < 0 ? 'red' : daysLeft <= 3 ? 'orange' : 'blue';
  return (
    <Badge color={colour} variant="light" data-testid="home-countdown" data-days={daysLeft}>
      {text}
    </Badge>
  );
}

export function DueReportsBlock({ home }: { home: DistrictHome }) {
  const { t, lang } = useI18n();
  const { reports } = home;
  const mine = `/reports?unit=${home.unit.code}&month=${reports.month}`;
  return (
    <HomeBlock
      title={t('home.reports.title', { month: formatMonth(reports.month, lang) })}
      testId="home-block-reports"
      link={{ to: mine, label: t('home.reports.open') }}
    >
      {reports.entries.length === 0 ? (
        <HomeEmpty
          testId="home-empty-reports"
          text={t(reports.forms === 0 ? 'home.reports.noForms' : 'home.reports.noneDue')}
        />
      ) : (
        reports.entries.map((entry) => (
          <HomeRow
            key={`${entry.reportTypeId}-${entry.periodKey}`}
            testId="home-report"
            to={entry.submissionId ? `/reports/submissions/${entry.submissionId}` : mine}
            title={entry.reportNameTh}
            details={
              <Text size="xs" c="dimmed">
                {periodLabel(entry.periodKey, entry.periodLabelTh, lang)} ·{' '}
                {t('home.reports.due', { date: formatIsoDate(entry.dueDate, lang) })}
              </Text>
            }
            badges={
              <>
                <Countdown entry={entry} />
                <Badge color={entry.colour} variant="outline" data-testid="home-report-state">
                  {t(`reportState.${entry.state}`)}
                </Badge>
              </>
            }
          />
        ))
      )}
    </HomeBlock>
  );
}

export function ReturnedBlock({ home }: { home: DistrictHome }) {
  const { t, lang } = useI18n();
  const { returned } = home;
  return (
    <HomeBlock title={t('home.returned.title')} testId="home-block-returned" count={returned.count}>
      {returned.items.length === 0 ? (
        <HomeEmpty testId="home-empty-returned" text={t('home.returned.none')} />
      ) : (
        returned.items.map((s) => (
          <HomeRow
            key={s.id}
            testId="home-returned"
            to={`/reports/submissions/${s.id}`}
            title={`${s.reportNameTh} · ${periodLabel(s.periodKey, s.periodLabelTh, lang)}`}
            details={
              s.reason && (
                <Text size="xs" c="red.8">
                  {t('home.returned.reason', { reason: s.reason })}
                </Text>
              )
            }
          />
        ))
      )}
      {returned.count > returned.items.length && (
        <Text size="xs" c="dimmed">
          {t('home.more', { count: returned.count - returned.items.length })}
        </Text>
      )}
    </HomeBlock>
  );
}

export function AgreementBlock({ home }: { home: DistrictHome }) {
  const { t, lang } = useI18n();
  /** The count still needed ("ต้องผ่านเกณฑ์อีก 3 ครัวเรือน…") is worded in Thai only; English reads the bound. */
  const nextText = (kpi: HomeKpi) => {
    if (lang === 'th' && kpi.neededTh) return kpi.neededTh;
    return kpi.next ? nextLevelText(kpi.next, lang) : t('home.agreement.top');
  };
  const { agreement } = home;
  if (!agreement) {
    return (
      <HomeBlock title={t('home.agreement.title')} testId="home-block-agreement">
        <HomeEmpty testId="home-empty-agreement" text={t('home.agreement.none')} />
      </HomeBlock>
    );
  }
  return (
    <HomeBlock
      title={`${t('home.agreement.title')} ${t('home.round', { round: agreement.round, year: agreement.fiscalYear })}`}
      testId="home-block-agreement"
      link={{ to: `/agreements/${agreement.id}`, label: t('home.agreement.open') }}
    >
      <Group gap="xs">
        {agreement.score !== null && agreement.reported > 0 && (
          <Text fw={700} data-testid="home-agreement-score">
            {t('home.agreement.total', { score: agreement.score })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('home.agreement.reported', { reported: agreement.reported, expected: agreement.expected })}
        </Text>
      </Group>
      {kpiKinds.map((kind) => {
        const items = agreement.items.filter((kpi) => kpi.section === kind);
        if (items.length === 0) return null;
        return (
          <Stack gap="sm" key={kind} data-testid={`home-kpis-${kind}`}>
            <Text size="sm" fw={700} c="dimmed">
              {t(kpiKindLabel[kind])}
            </Text>
            {items.map((kpi) => (
              <HomeRow
                key={kpi.id}
                testId="home-kpi"
                to={kpiPageUrl(home.unit.code, kpi.kpiId)}
                title={`${kpi.number}. ${kpi.nameTh}`}
                details={
                  <Text size="xs" c={kpi.level === null ? 'dimmed' : undefined} data-testid="home-kpi-next">
                    {kpi.level === null ? t('home.agreement.noResult') : nextText(kpi)}
                  </Text>
                }
                badges={
                  kpi.level !== null && (
                    <>
                      <LevelBadge level={kpi.level} testId="home-kpi-level" />
                      <Text size="sm" ff="monospace">
                        {kpi.score}
                      </Text>
                    </>
                  )
                }
              />
            ))}
          </Stack>
        );
      })}
    </HomeBlock>
  );
}
