import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { fiscalYearOf } from '../../../shared/thai-date/fiscal-year';
import { FiscalYearSelect } from '../../../shared/ui/fiscal-year-select';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useCurrentUser } from '../../auth/api';
import { useKpiSets, useKpiSetYears, useRounds } from '../api';
import { KpiSetTable } from '../components/kpi-set-table';
import { NewKpiSetForm } from '../components/new-kpi-set-form';
import { canCreateKpiSets } from '../kpi-permissions';
import type { KpiSetYears } from '../types';

/**
 * The fiscal year lives in the URL (?fiscalYear=2568); without one the page opens on the latest year that has
 * sets for the user's unit (the demo's are FY2565–2568), and on the current year only when there are none.
 */
function useFiscalYearParam(years: KpiSetYears | undefined): [number | null, (fiscalYear: number) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const fromUrl = Number(searchParams.get('fiscalYear'));
  const setFiscalYear = (next: number) => setSearchParams({ fiscalYear: String(next) }, { replace: true });
  if (Number.isInteger(fromUrl) && fromUrl >= 2500 && fromUrl <= 2700) return [fromUrl, setFiscalYear];
  if (!years) return [null, setFiscalYear];
  return [years.latest?.fiscalYear ?? fiscalYearOf(), setFiscalYear];
}

/** /kpis: the KPI sets of the user's scope for one fiscal year. */
export function KpiSetsPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const years = useKpiSetYears();
  const [fiscalYear, setFiscalYear] = useFiscalYearParam(years.data);
  const sets = useKpiSets(fiscalYear ?? 0, fiscalYear !== null);
  const allSets = useKpiSets(null, canCreateKpiSets(me));
  const rounds = useRounds(fiscalYear ?? 0);
  const canCreate = canCreateKpiSets(me);

  if (years.isError) return <ResourceError error={years.error} />;
  if (fiscalYear === null) return <PageLoader />;

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('kpiSets.title')}</Title>
        <Anchor component={Link} to="/calculator" size="sm" data-testid="kpi-calculator-link">
          {t('kpiSets.calculator')}
        </Anchor>
      </Group>
      <FiscalYearSelect
        value={fiscalYear}
        onChange={setFiscalYear}
        years={(years.data?.items ?? []).map((item) => item.fiscalYear)}
      />
      {sets.isPending && <PageLoader />}
      {sets.isError && <ResourceError error={sets.error} />}
      {sets.data &&
        (sets.data.length === 0 ? (
          <Text c="dimmed" data-testid="kpi-sets-empty">
            {t(canCreate ? 'kpiSets.emptyCreate' : 'kpiSets.emptyWait')}
          </Text>
        ) : (
          <KpiSetTable sets={sets.data} rounds={rounds.data ?? []} />
        ))}
      {canCreate && (
        <NewKpiSetForm
          key={fiscalYear}
          ownerCode={me.scope.code}
          fiscalYear={fiscalYear}
          earlierSets={allSets.data ?? []}
        />
      )}
    </Stack>
  );
}
