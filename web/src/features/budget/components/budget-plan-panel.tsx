import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useBudgetPlans, useSetBudgetPlan } from '../plan-api';
import type { BudgetPlan } from '../types';

const QUARTERS = [1, 2, 3, 4] as const;

/** One plan's four quarters as a form (typed with Thai or Arabic digits; the server checks the order). */
function PlanForm({
  unitCode,
  fiscalYear,
  plan,
  testId,
}: {
  unitCode: string;
  fiscalYear: number;
  plan: BudgetPlan | null;
  testId: string;
}) {
  const { t } = useI18n();
  const save = useSetBudgetPlan(fiscalYear);
  const initial = plan?.quarters ?? ['', '', '', '100'];
  const [values, setValues] = useState<string[]>(initial);
  useEffect(() => setValues(plan?.quarters ?? ['', '', '', '100']), [plan]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [q1 = '', q2 = '', q3 = '', q4 = ''] = values;
    save.mutate({ unitCode, q1, q2, q3, q4, rowVersion: plan?.rowVersion ?? 0 });
  };
  return (
    <form onSubmit={submit} data-testid={testId}>
      <Stack gap="xs">
        <Group align="flex-end" gap="sm" wrap="wrap">
          {QUARTERS.map((n, i) => (
            <TextInput
              key={n}
              label={t('dreg.plan.quarter', { n })}
              value={values[i] ?? ''}
              onChange={(e) => {
                const next = [...values];
                next[i] = e.currentTarget.value;
                setValues(next);
              }}
              rightSection="%"
              inputMode="decimal"
              w={96}
              error={save.isError && (save.error as { field?: string }).field === `q${n}` ? ' ' : undefined}
              data-testid={`${testId}-q${n}`}
            />
          ))}
          <Button type="submit" loading={save.isPending} data-testid={`${testId}-save`}>
            {t('dreg.plan.save')}
          </Button>
        </Group>
        {save.isError && <ErrorAlert error={save.error} withTitle={false} />}
        {save.isSuccess && (
          <Text size="sm" c="green.8" data-testid={`${testId}-saved`}>
            {t('dreg.plan.saved')}
          </Text>
        )}
      </Stack>
    </form>
  );
}

const quartersText = (plan: BudgetPlan | null, none: string) => (plan ? plan.quarters.join(' / ') : none);

/**
 * The quarterly spending plan on the budget register page: the department's (every province) and the province's own,
 * with the one in force; the department admin and the province admin edit theirs. The budget dashboard's plan line.
 */
export function BudgetPlanPanel({ unit, fiscalYear }: { unit: string; fiscalYear: number }) {
  const { t } = useI18n();
  const plans = useBudgetPlans(unit, fiscalYear);
  if (!plans.data) return null;
  const p = plans.data;
  const rows = [
    { key: 'national', label: t('dreg.plan.national'), plan: p.national },
    ...(p.province
      ? [{ key: 'own', label: t('dreg.plan.own', { name: p.province.nameTh }), plan: p.own }]
      : []),
  ];
  return (
    <Paper withBorder p="md" data-testid="budget-plan">
      <Stack gap="sm">
        <Title order={3}>{t('dreg.plan.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('dreg.plan.hint')}
        </Text>
        <Table.ScrollContainer minWidth={420}>
          <Table withTableBorder>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key} data-testid={`budget-plan-${r.key}`}>
                  <Table.Td>{r.label}</Table.Td>
                  <Table.Td>{quartersText(r.plan, t('dreg.plan.none'))}</Table.Td>
                  <Table.Td>
                    {p.effective && r.plan && p.effective.unitCode === r.plan.unitCode
                      ? t('dreg.plan.inForce')
                      : ''}
                    {r.plan?.demo ? ` · ${t('dreg.planDemo')}` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {p.canEditNational && p.department && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('dreg.plan.national')}
            </Text>
            <PlanForm
              unitCode={p.department.code}
              fiscalYear={fiscalYear}
              plan={p.national}
              testId="plan-national"
            />
          </Stack>
        )}
        {p.canEditOwn && p.province && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('dreg.plan.own', { name: p.province.nameTh })}
            </Text>
            <PlanForm unitCode={p.province.code} fiscalYear={fiscalYear} plan={p.own} testId="plan-own" />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
