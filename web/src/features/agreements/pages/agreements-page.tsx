import { Anchor, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { FiscalYearSelect } from '../../../shared/ui/fiscal-year-select';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useAgreementRounds } from '../api';
import { AgreementList } from '../components/agreement-list';
import type { AgreementRound } from '../types';

/** The round the URL names (?fiscalYear=2568&round=2), else the latest round of that year, else the latest of all. */
function chosenRound(rounds: AgreementRound[], fiscalYear: number | null, round: number | null) {
  const ofYear = fiscalYear === null ? rounds : rounds.filter((r) => r.fiscalYear === fiscalYear);
  return ofYear.find((r) => r.round === round) ?? ofYear[0] ?? null;
}

const numberParam = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : null);

/**
 * /agreements: the agreements of one round, opening on the latest round that has agreements for the user's unit
 * (the demo's are FY2565–2568 while today is FY2570); the picker offers the years and rounds that have them.
 */
export function AgreementsPage() {
  const { t } = useI18n();
  const rounds = useAgreementRounds();
  const [params, setParams] = useSearchParams();
  const fiscalYear = numberParam(params.get('fiscalYear'));
  const round = numberParam(params.get('round'));

  if (rounds.isPending) return <PageLoader />;
  if (rounds.isError) return <ResourceError error={rounds.error} />;
  const current = chosenRound(rounds.data, fiscalYear, round);
  const year = fiscalYear ?? current?.fiscalYear ?? null;
  const years = [...new Set(rounds.data.map((r) => r.fiscalYear))];
  const roundsOfYear = rounds.data.filter((r) => r.fiscalYear === year);
  const choose = (next: { fiscalYear: number; round?: number }) =>
    setParams(
      {
        fiscalYear: String(next.fiscalYear),
        ...(next.round === undefined ? {} : { round: String(next.round) }),
      },
      { replace: true },
    );

  return (
    <Stack gap="lg" maw={1200}>
      <Title order={2}>{t('agreements.title')}</Title>
      {rounds.data.length === 0 ? (
        <Stack gap="xs" align="flex-start" data-testid="agreements-none">
          <Text>{t('agreements.none')}</Text>
          <Button component={Link} to="/kpis" variant="light">
            {t('agreements.toKpiSets')}
          </Button>
        </Stack>
      ) : (
        <>
          <Group align="flex-end" gap="md">
            {year !== null && (
              <FiscalYearSelect
                value={year}
                years={years}
                onChange={(next) => choose({ fiscalYear: next })}
                testId="agreements-year"
              />
            )}
            {roundsOfYear.length > 0 && (
              <SegmentedControl
                value={String(current?.round ?? '')}
                onChange={(next) => year !== null && choose({ fiscalYear: year, round: Number(next) })}
                data={roundsOfYear.map((r) => ({
                  value: String(r.round),
                  label: t('agreements.roundN', { round: r.round }),
                }))}
                data-testid="agreements-round"
              />
            )}
          </Group>
          {current ? (
            <Stack gap="sm">
              <Anchor
                component={Link}
                to={`/kpi-sets/${current.kpiSetId}?tab=agreements`}
                data-testid="agreements-set"
              >
                {current.nameTh}
              </Anchor>
              <AgreementList kpiSetId={current.kpiSetId} canEdit={false} />
            </Stack>
          ) : (
            <Text c="dimmed" data-testid="agreements-year-empty">
              {t('agreements.yearEmpty', { year: year ?? '' })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
