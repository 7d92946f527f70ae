import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { fromThaiDigits } from '../../../shared/i18n/thai-digits';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { NoAccess } from '../../../shared/ui/no-access';
import { PageLoader } from '../../../shared/ui/page-loader';
import { useCurrentUser } from '../../auth/api';
import { useEnterKpi, useQuarterlyReport } from '../api';
import type { KpiEntry, NarrativeKind, QuarterlyKpi, RegionCode } from '../types';

/** The five CODI region offices in the order of seed 004's region tables (N, NE, S, CW, BE). */
const REGIONS: { code: RegionCode; nameTh: string }[] = [
  { code: 'N', nameTh: 'ภาคเหนือ' },
  { code: 'NE', nameTh: 'ภาคตะวันออกเฉียงเหนือ' },
  { code: 'S', nameTh: 'ภาคใต้' },
  { code: 'CW', nameTh: 'ภาคกลางและตะวันตก' },
  { code: 'BE', nameTh: 'ภาคกรุงเทพฯ ปริมณฑลและตะวันออก' },
];
const KINDS: NarrativeKind[] = ['result', 'problem', 'solution', 'remark'];

type Form = {
  quarters: { planned: string; result: string }[];
  regions: Record<RegionCode, { target: string; result: string }>;
  narratives: Record<NarrativeKind, string>;
};

function initial(kpi: QuarterlyKpi): Form {
  const region = (code: RegionCode) => kpi.regions?.rows.find((r) => r.region === code);
  return {
    quarters: kpi.quarters.map((q) => ({ planned: q.planned ?? '', result: q.result ?? '' })),
    regions: Object.fromEntries(
      REGIONS.map((r) => [
        r.code,
        { target: region(r.code)?.target ?? '', result: region(r.code)?.result ?? '' },
      ]),
    ) as Form['regions'],
    narratives: Object.fromEntries(
      KINDS.map((kind) => [
        kind,
        kpi.narratives
          .filter((n) => n.kind === kind)
          .map((n) => n.textTh)
          .join('\n'),
      ]),
    ) as Form['narratives'],
  };
}

const clean = (value: string) => fromThaiDigits(value.trim().replaceAll(',', ''));

/**
 * What the server receives: blanks as none, digits in Arabic, a region only when both its figures are given, and
 * the entry's version the form was filled from.
 */
function entryOf(form: Form, rowVersion: number): KpiEntry {
  return {
    rowVersion,
    quarters: form.quarters.map((q, index) => ({
      quarter: index + 1,
      planned: clean(q.planned) === '' ? null : clean(q.planned),
      result: clean(q.result) === '' ? null : clean(q.result),
    })),
    regions: REGIONS.flatMap((r) => {
      const row = form.regions[r.code];
      return clean(row.target) === '' && clean(row.result) === ''
        ? []
        : [{ region: r.code, target: clean(row.target), result: clean(row.result) }];
    }),
    narratives: KINDS.flatMap((kind) =>
      form.narratives[kind].trim() === '' ? [] : [{ kind, textTh: form.narratives[kind].trim() }],
    ),
  };
}

function EntryForm({ kpi, fiscalYear, quarter }: { kpi: QuarterlyKpi; fiscalYear: number; quarter: number }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form, setForm] = useState<Form>(() => initial(kpi));
  // The version the form was filled from: a refetch of the report does not make a form filled earlier current.
  const [loadedVersion] = useState(kpi.rowVersion);
  const save = useEnterKpi(fiscalYear, quarter, kpi.code);
  const back = `/quarterly/${fiscalYear}/${quarter}`;
  const setQuarter = (index: number, field: 'planned' | 'result', value: string) =>
    setForm((f) => ({
      ...f,
      quarters: f.quarters.map((q, i) => (i === index ? { ...q, [field]: value } : q)),
    }));
  const setRegion = (code: RegionCode, field: 'target' | 'result', value: string) =>
    setForm((f) => ({ ...f, regions: { ...f.regions, [code]: { ...f.regions[code], [field]: value } } }));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(entryOf(form, loadedVersion), { onSuccess: () => navigate(back) });
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('quarterly.entry.hint')}
        </Text>
        <Title order={3} size="h5">
          {t('quarterly.entry.quarters', { unit: kpi.unitTh })}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          {form.quarters.map((q, index) => (
            <Stack key={kpi.quarters[index]?.quarter ?? index} gap={4}>
              <TextInput
                label={t('quarterly.entry.plannedOf', { quarter: index + 1 })}
                value={q.planned}
                inputMode="decimal"
                onChange={(e) => setQuarter(index, 'planned', e.currentTarget.value)}
                data-testid={`entry-q${index + 1}-planned`}
              />
              <TextInput
                label={t('quarterly.entry.resultOf', { quarter: index + 1 })}
                value={q.result}
                inputMode="decimal"
                onChange={(e) => setQuarter(index, 'result', e.currentTarget.value)}
                data-testid={`entry-q${index + 1}-result`}
              />
            </Stack>
          ))}
        </SimpleGrid>
        <Title order={3} size="h5">
          {t('quarterly.entry.regions', { unit: kpi.unitTh })}
        </Title>
        <Stack gap="xs">
          {REGIONS.map((r) => (
            <SimpleGrid key={r.code} cols={2} spacing="sm">
              <TextInput
                label={t('quarterly.entry.targetOf', { region: r.nameTh })}
                value={form.regions[r.code].target}
                inputMode="decimal"
                onChange={(e) => setRegion(r.code, 'target', e.currentTarget.value)}
                data-testid={`entry-${r.code}-target`}
              />
              <TextInput
                label={t('quarterly.entry.regionResultOf', { region: r.nameTh })}
                value={form.regions[r.code].result}
                inputMode="decimal"
                onChange={(e) => setRegion(r.code, 'result', e.currentTarget.value)}
                data-testid={`entry-${r.code}-result`}
              />
            </SimpleGrid>
          ))}
        </Stack>
        <Title order={3} size="h5">
          {t('quarterly.entry.narratives')}
        </Title>
        {KINDS.map((kind) => (
          <Textarea
            key={kind}
            label={t(`quarterly.narrative.${kind}`)}
            value={form.narratives[kind]}
            autosize
            minRows={2}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setForm((f) => ({ ...f, narratives: { ...f.narratives, [kind]: value } }));
            }}
            data-testid={`entry-narrative-${kind}`}
          />
        ))}
        {save.isError && <ErrorAlert error={save.error} testId="entry-error" />}
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="entry-save">
            {t('quarterly.entry.save')}
          </Button>
          <Button component={Link} to={back} variant="default">
            {t('quarterly.entry.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The department's form for one KPI of a quarter: the four quarters, the five region offices, the narratives. */
export function KpiEntryPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const params = useParams();
  const fiscalYear = Number(params.fiscalYear);
  const quarter = Number(params.quarter);
  const report = useQuarterlyReport(fiscalYear, quarter);
  // Only the department enters the quarterly report (CODI's region offices have no accounts here).
  if (me.role !== 'department_admin') return <NoAccess unitName={me.scope.nameTh} />;
  if (report.isPending) return <PageLoader />;
  if (report.isError) return <ErrorAlert error={report.error} />;
  const kpi = report.data.strategicIssues.flatMap((i) => i.kpis).find((k) => k.code === params.code);
  return (
    <Stack gap="md" maw={1000} data-testid="quarterly-entry-page">
      {kpi === undefined ? (
        <Alert>{t('quarterly.entry.unknown')}</Alert>
      ) : (
        <>
          <Title order={2}>{t('quarterly.entry.title', { code: kpi.code, name: kpi.nameTh })}</Title>
          {report.data.status === 'published' ? (
            <Alert>{t('quarterly.readOnly')}</Alert>
          ) : (
            <EntryForm kpi={kpi} fiscalYear={fiscalYear} quarter={quarter} />
          )}
        </>
      )}
    </Stack>
  );
}
