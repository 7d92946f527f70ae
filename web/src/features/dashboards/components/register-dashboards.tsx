import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useCurrentUser } from '../../auth/api';
import {
  type BudgetDashboard,
  type HouseholdsDashboard,
  useBudgetDashboard,
  useHouseholdsDashboard,
} from '../registers-api';
import { BudgetAreasTable, BudgetCurveChart, BudgetMonthsTable } from './budget-curve';
import {
  HouseholdAreasTable,
  HouseholdMonthsTable,
  HouseholdProgressChart,
  HouseholdStatusChart,
} from './household-progress';
import { RegisterSection } from './register-section';

const yearParam = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : null);

function YearPicker({
  label,
  years,
  value,
  onChange,
  testId,
}: {
  label: string;
  years: number[];
  value: number;
  onChange: (year: number) => void;
  testId: string;
}) {
  const options = [...new Set([value, ...years])].sort((a, b) => b - a);
  return (
    <Select
      className="no-print"
      label={label}
      data={options.map((y) => ({ value: String(y), label: String(y) }))}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={200}
      data-testid={testId}
    />
  );
}

function PlanNote({ data }: { data: BudgetDashboard }) {
  const { t } = useI18n();
  if (!data.plan)
    return (
      <Group gap="xs" data-testid="dreg-budget-no-plan">
        <Text size="sm">{t('dreg.noPlan')}</Text>
        <Button
          component={Link}
          to={`/registers/budget?unit=${data.unit.code}&fiscalYear=${data.fiscalYear}`}
          variant="light"
          size="xs"
        >
          {t('dreg.toBudget')}
        </Button>
      </Group>
    );
  const [q1, q2, q3, q4] = data.plan.quarters;
  return (
    <Stack gap={4}>
      <Text size="sm" data-testid="dreg-budget-plan">
        {t('dreg.planOf', {
          source: t(data.plan.byDepartment ? 'dreg.planBy' : 'dreg.ownPlan'),
          q1: q1 ?? '',
          q2: q2 ?? '',
          q3: q3 ?? '',
          q4: q4 ?? '',
        })}
      </Text>
      {data.plan.demo && (
        <Text size="sm" c="orange.8" data-testid="dreg-budget-plan-demo">
          {t('dreg.planDemo')}
        </Text>
      )}
    </Stack>
  );
}

function BudgetSection({ data, onYear }: { data: BudgetDashboard; onYear: (year: number) => void }) {
  const { t } = useI18n();
  const empty =
    data.returnCutoff === null || data.months.length === 0 || data.months.every((m) => m.base === null);
  const head = (
    <Stack gap="xs">
      <Group align="flex-end" gap="md">
        <YearPicker
          label={t('dreg.fiscalYear')}
          years={data.years}
          value={data.fiscalYear}
          onChange={onYear}
          testId="dreg-budget-year"
        />
        <Text size="sm" c="dimmed" data-testid="dreg-budget-asof">
          {t('dreg.asOf', { date: data.asOfTh })}
        </Text>
      </Group>
      {!empty && <PlanNote data={data} />}
    </Stack>
  );
  return (
    <RegisterSection
      section="budget"
      title="dreg.budget"
      unit={data.unit.code}
      year={data.fiscalYear}
      tables={[
        { table: 'months', label: 'dreg.tableMonths' },
        ...(data.areas.length > 0 ? [{ table: 'areas' as const, label: 'dreg.tableAreas' as const }] : []),
      ]}
      head={head}
      chart={empty ? null : <BudgetCurveChart data={data} />}
    >
      {empty ? (
        <Group gap="xs" data-testid="dreg-budget-empty">
          <Text size="sm">
            {data.returnCutoff === null && data.years.includes(data.fiscalYear)
              ? t('dreg.noCutoff', { year: data.fiscalYear })
              : t('dreg.noEvents', { year: data.fiscalYear })}
          </Text>
          <Button
            component={Link}
            to={`/registers/budget?unit=${data.unit.code}&fiscalYear=${data.fiscalYear}`}
            variant="light"
            size="xs"
          >
            {t('dreg.toBudget')}
          </Button>
        </Group>
      ) : (
        <Stack gap="md">
          <BudgetMonthsTable data={data} />
          {data.areas.length > 0 && <BudgetAreasTable data={data} />}
        </Stack>
      )}
    </RegisterSection>
  );
}

function HouseholdsSection({ data, onYear }: { data: HouseholdsDashboard; onYear: (year: number) => void }) {
  const { t } = useI18n();
  const empty = data.totals.households === 0;
  const head = (
    <Stack gap="xs">
      <Group align="flex-end" gap="md">
        <YearPicker
          label={t('dreg.surveyYear')}
          years={data.years}
          value={data.surveyYear}
          onChange={onYear}
          testId="dreg-households-year"
        />
        <Text size="sm" c="dimmed">
          {t('dreg.asOf', { date: data.asOfTh })}
        </Text>
      </Group>
      {!empty && (
        <Group gap="lg" data-testid="dreg-households-totals">
          <Text size="sm">
            {t('dreg.registered')} <b>{formatNumber(data.totals.households)}</b>
          </Text>
          {data.statuses.map((s) => (
            <Text size="sm" key={s.key}>
              {s.labelTh} <b>{formatNumber(data.totals.byStatus[s.key] ?? 0)}</b>
            </Text>
          ))}
        </Group>
      )}
      {!empty && (
        <Text size="xs" c="dimmed">
          {t('dreg.households.note')}
        </Text>
      )}
    </Stack>
  );
  return (
    <RegisterSection
      section="households"
      title="dreg.households"
      unit={data.unit.code}
      year={data.surveyYear}
      tables={[
        { table: 'months', label: 'dreg.tableMonths' },
        { table: 'areas', label: 'dreg.tableAreas' },
      ]}
      head={head}
      chart={
        empty ? null : (
          <Stack gap="md">
            <HouseholdProgressChart data={data} />
            {data.areas.length > 1 && <HouseholdStatusChart data={data} />}
          </Stack>
        )
      }
    >
      {empty ? (
        <Group gap="xs" data-testid="dreg-households-empty">
          <Text size="sm">{t('dreg.noHouseholds')}</Text>
          <Button
            component={Link}
            to={`/registers/households?unit=${data.unit.code}`}
            variant="light"
            size="xs"
          >
            {t('dreg.toHouseholds')}
          </Button>
        </Group>
      ) : (
        <Stack gap="md">
          <HouseholdMonthsTable data={data} />
          <HouseholdAreasTable data={data} />
        </Stack>
      )}
    </RegisterSection>
  );
}

/**
 * The budget curve and household progress of the unit in the page's URL (else the user's own: the nation for the
 * department), each with its own year in the URL (fiscalYear, surveyYear), a chart/table switch, downloads and the
 * A4 printout.
 */
export function RegisterDashboards({ unit }: { unit: string | null }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const fiscalYear = yearParam(params.get('fiscalYear'));
  const surveyYear = yearParam(params.get('surveyYear'));
  const budget = useBudgetDashboard(unit, fiscalYear);
  const households = useHouseholdsDashboard(unit, surveyYear);
  const setYear = (key: 'fiscalYear' | 'surveyYear') => (year: number) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(key, String(year));
        return next;
      },
      { replace: true },
    );
  if (budget.isPending || households.isPending) return <PageLoader />;
  if (budget.isError) return <ResourceError error={budget.error} />;
  if (households.isError) return <ResourceError error={households.error} />;
  const shown = budget.data.unit;
  return (
    <Stack gap="lg" data-testid="dreg">
      <Group className="no-print">
        {me.scope.kind === 'department' && shown.kind !== 'department' && (
          <Button
            component={Link}
            to="/dashboards/registers"
            variant="light"
            size="xs"
            data-testid="dreg-nation"
          >
            {t('dreg.open')}
          </Button>
        )}
        <Button
          component={Link}
          to={`/print/dashboards/registers?unit=${shown.code}&fiscalYear=${budget.data.fiscalYear}&surveyYear=${households.data.surveyYear}`}
          variant="default"
          size="xs"
          data-testid="dreg-print"
        >
          {t('dreg.print')}
        </Button>
      </Group>
      {budget.data.returnCutoff !== null && budget.data.months.some((m) => m.reason && !m.percent) && (
        <Alert color="yellow">{budget.data.months.find((m) => m.reason)?.reason}</Alert>
      )}
      <BudgetSection data={budget.data} onYear={setYear('fiscalYear')} />
      <HouseholdsSection data={households.data} onYear={setYear('surveyYear')} />
    </Stack>
  );
}
