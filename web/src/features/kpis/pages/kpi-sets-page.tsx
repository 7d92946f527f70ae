import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { fiscalYearOf } from '../../../shared/thai-date/fiscal-year';
import { FiscalYearSelect } from '../../../shared/ui/fiscal-year-select';
import { PageLoader } from '../../../shared/ui/page-loader';
import { useCurrentUser } from '../../auth/api';
import { ResourceError } from '../../auth/components/resource-error';
import { useKpiSets, useRounds } from '../api';
import { KpiSetTable } from '../components/kpi-set-table';
import { NewKpiSetForm } from '../components/new-kpi-set-form';
import { canCreateKpiSets } from '../kpi-permissions';

/** The fiscal year lives in the URL (?fiscalYear=2568); it defaults to the current one. */
function useFiscalYearParam(): [number, (fiscalYear: number) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const fromUrl = Number(searchParams.get('fiscalYear'));
  const fiscalYear =
    Number.isInteger(fromUrl) && fromUrl >= 2500 && fromUrl <= 2700 ? fromUrl : fiscalYearOf();
  const setFiscalYear = (next: number) => setSearchParams({ fiscalYear: String(next) }, { replace: true });
  return [fiscalYear, setFiscalYear];
}

/** /kpis: the KPI sets of the user's scope for one fiscal year. */
export function KpiSetsPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const [fiscalYear, setFiscalYear] = useFiscalYearParam();
  const sets = useKpiSets(fiscalYear);
  const allSets = useKpiSets(null);
  const rounds = useRounds(fiscalYear);
  const otherYears = [...new Set((allSets.data ?? []).map((set) => set.fiscalYear))].filter(
    (year) => year !== fiscalYear,
  );

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('kpiSets.title')}</Title>
        <Anchor component={Link} to="/calculator" size="sm" data-testid="kpi-calculator-link">
          {t('kpiSets.calculator')}
        </Anchor>
      </Group>
      <Group align="flex-end" gap="md">
        <FiscalYearSelect value={fiscalYear} onChange={setFiscalYear} years={[]} />
        {otherYears.length > 0 && (
          <Group gap="xs" data-testid="kpi-other-years">
            <Text size="sm" c="dimmed">
              {t('kpiSets.otherYears')}
            </Text>
            {otherYears.map((year) => (
              <Button key={year} size="compact-sm" variant="light" onClick={() => setFiscalYear(year)}>
                {year}
              </Button>
            ))}
          </Group>
        )}
      </Group>
      {sets.isPending && <PageLoader />}
      {sets.isError && <ResourceError error={sets.error} />}
      {sets.data &&
        (sets.data.length === 0 ? (
          <Text c="dimmed" data-testid="kpi-sets-empty">
            {t('kpiSets.empty')}
          </Text>
        ) : (
          <KpiSetTable sets={sets.data} rounds={rounds.data ?? []} />
        ))}
      {canCreateKpiSets(me) && (
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
