import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatMoney } from '../../../shared/i18n/money';
import { formatNumber } from '../../../shared/i18n/number';
import { formatDate } from '../../../shared/thai-date/format-date';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { contextQuery, useRegisterContext } from '../../registers/register-context';
import { useAddPlanItem, useHousehold, useSetIncome } from '../api';
import { ActivityForm } from '../components/activity-form';
import { HouseholdStatusForm } from '../components/household-status-form';
import { type HouseholdDetail, problemDimensions } from '../types';

function Field({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

function Incomes({ detail }: { detail: HouseholdDetail }) {
  const { t } = useI18n();
  const set = useSetIncome(detail.household.id);
  const [year, setYear] = useState('');
  const [income, setIncome] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set.mutate(
      { surveyYear: Number(year), incomePerPerson: income, rowVersion: detail.household.rowVersion },
      { onSuccess: () => setIncome('') },
    );
  };
  return (
    <Stack gap="xs" data-testid="household-incomes">
      <Title order={4} size="h5">
        {t('hhd.incomes')}
      </Title>
      {detail.incomes.length > 0 && (
        <Table withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('hhd.surveyYear')}</Table.Th>
              <Table.Th ta="right">{t('hhd.income')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.incomes.map((i) => (
              <Table.Tr key={i.surveyYear} data-testid="household-income">
                <Table.Td>{i.surveyYear}</Table.Td>
                <Table.Td ta="right">{formatMoney(i.incomePerPerson)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={submit}>
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('hhd.surveyYear')}
            value={year}
            onChange={(e) => setYear(e.currentTarget.value)}
            w={120}
            data-testid="income-year"
          />
          <TextInput
            label={t('hhd.income')}
            value={income}
            onChange={(e) => setIncome(e.currentTarget.value)}
            w={180}
            data-testid="income-amount"
          />
          <Button type="submit" size="xs" loading={set.isPending} data-testid="income-save">
            {t('reg.save')}
          </Button>
        </Group>
      </form>
      {set.isError && <ErrorAlert error={set.error} withTitle={false} />}
    </Stack>
  );
}

function PlanItems({ detail }: { detail: HouseholdDetail }) {
  const { t, lang } = useI18n();
  const add = useAddPlanItem(detail.household.id);
  const [item, setItem] = useState('');
  const [agency, setAgency] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ item, agency: agency || null }, { onSuccess: () => setItem('') });
  };
  return (
    <Stack gap="xs" data-testid="household-plan">
      <Title order={4} size="h5">
        {t('hhd.plan')}
      </Title>
      {detail.planItems.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('hh.problem')}</Table.Th>
                <Table.Th>{t('hhd.planItem')}</Table.Th>
                <Table.Th>{t('hhd.agency')}</Table.Th>
                <Table.Th>{t('hhd.dueOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.planItems.map((p) => (
                <Table.Tr key={p.id} data-testid="plan-item">
                  <Table.Td>{p.dimension ? t(`problem.${p.dimension}`) : '—'}</Table.Td>
                  <Table.Td>{p.item}</Table.Td>
                  <Table.Td>{p.agency ?? '—'}</Table.Td>
                  <Table.Td>{p.dueOn ? formatDate(p.dueOn, lang) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <form onSubmit={submit}>
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('hhd.planItem')}
            value={item}
            onChange={(e) => setItem(e.currentTarget.value)}
            required
            w={{ base: '100%', xs: 260 }}
            data-testid="plan-item-text"
          />
          <TextInput
            label={t('hhd.agency')}
            value={agency}
            onChange={(e) => setAgency(e.currentTarget.value)}
            w={{ base: '100%', xs: 200 }}
            data-testid="plan-item-agency"
          />
          <Button type="submit" size="xs" loading={add.isPending} data-testid="plan-item-add">
            {t('hhd.addPlan')}
          </Button>
        </Group>
      </form>
      {add.isError && <ErrorAlert error={add.error} withTitle={false} />}
    </Stack>
  );
}

/** /registers/households/:id: the household, its status, incomes, plan and activity log. */
export function HouseholdPage() {
  const { t, lang } = useI18n();
  const { id } = useParams();
  const { unit, fiscalYear } = useRegisterContext('households');
  const query = useHousehold(Number(id));
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ResourceError error={query.error} />;
  const detail = query.data;
  const h = detail.household;
  const problems = problemDimensions.filter((d) => h.problems[d]);
  return (
    <Stack gap="lg" maw={1100} data-testid="household-detail">
      <Anchor component={Link} to={`/registers/households${contextQuery(unit, fiscalYear)}`} size="sm">
        {t('hhd.back')}
      </Anchor>
      <Group gap="sm" wrap="wrap">
        <Title order={2} data-testid="household-title">
          {t('hhd.title', { code: h.houseCode })}
        </Title>
        <Badge color={h.status === 'developable' ? 'green' : 'gray'} data-testid="household-detail-status">
          {t(`status.${h.status}`)}
        </Badge>
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          <Field
            label={t('hh.homeUnit')}
            value={`${h.unit.nameTh} (${h.unit.code})`}
            testId="household-unit"
          />
          <Field label={t('hh.address')} value={h.address ?? '—'} />
          <Field label={t('hh.members')} value={formatNumber(h.members)} />
          {h.personal && <Field label={t('hh.headName')} value={h.personal.headName ?? '—'} />}
          {h.personal && <Field label={t('hh.headCitizenId')} value={h.personal.headCitizenId ?? '—'} />}
          <Field
            label={t('hh.problems')}
            value={problems.length ? problems.map((d) => t(`problem.${d}`)).join(', ') : '—'}
          />
          <Field label={t('hh.status')} value={`${h.statusLabelTh} · ${formatDate(h.statusSetAt, lang)}`} />
        </SimpleGrid>
      </Paper>
      <HouseholdStatusForm id={h.id} status={h.status} rowVersion={h.rowVersion} />
      <Incomes detail={detail} />
      <PlanItems detail={detail} />
      <Stack gap="xs" data-testid="household-activities">
        <Title order={4} size="h5">
          {t('hhd.activities')}
        </Title>
        {detail.activities.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reg.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('hhd.activity')}</Table.Th>
                  <Table.Th>{t('hhd.method')}</Table.Th>
                  <Table.Th>{t('hhd.doneOn')}</Table.Th>
                  <Table.Th>{t('hhd.place')}</Table.Th>
                  <Table.Th>{t('hhd.runBy')}</Table.Th>
                  <Table.Th>{t('hhd.result')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {detail.activities.map((a) => (
                  <Table.Tr key={a.id} data-testid="activity-row">
                    <Table.Td>{a.activity}</Table.Td>
                    <Table.Td>{a.method ?? '—'}</Table.Td>
                    <Table.Td>{formatDate(a.doneOn, lang)}</Table.Td>
                    <Table.Td>{a.place ?? '—'}</Table.Td>
                    <Table.Td>
                      {a.agency ?? '—'}
                      {a.agencyRole ? ` (${t(a.agencyRole === 'lead' ? 'hhd.lead' : 'hhd.support')})` : ''}
                    </Table.Td>
                    <Table.Td>{a.result ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <ActivityForm
          householdId={h.id}
          refusal={detail.activityLog.allowed ? null : detail.activityLog.message}
        />
      </Stack>
    </Stack>
  );
}
