import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { currentMonth, formatIsoDate, formatMonth, isIsoMonth } from '../../../shared/thai-date/month';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { SearchBox } from '../../../shared/ui/search-box';
import { MonthPicker } from '../../reports/components/month-picker';
import { useCreateVisitPlan, useVisitPlans } from '../api';
import { StatusBadge } from '../components/status-badge';

function NewPlanForm({ onCancel }: { onCancel: () => void }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [month, setMonth] = useState(currentMonth());
  const create = useCreateVisitPlan();
  return (
    <Paper withBorder p="md" data-testid="visits-new-form">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('visits.newOther')}
        </Title>
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Text fw={600} data-testid="visits-new-month">
            {t('visits.planOf', { month: formatMonth(month, lang) })}
          </Text>
          <MonthPicker value={month} onChange={setMonth} />
        </Group>
        {create.isError && <ErrorAlert error={create.error} />}
        <Group>
          <Button
            loading={create.isPending}
            data-testid="visits-create"
            onClick={() => create.mutate(month, { onSuccess: (plan) => navigate(`/visits/${plan.id}`) })}
          >
            {t('visits.create')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('visits.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** /visits: the monthly visit plans (newest month first), searched by text and month; the month lives in the URL. */
export function VisitsListPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const monthParam = params.get('month');
  const month = isIsoMonth(monthParam) ? monthParam : '';
  const list = useVisitPlans({ q, month });
  const [creating, setCreating] = useState(false);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filtered = q !== '' || month !== '';
  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>{t('visits.title')}</Title>
        {list.data?.canCreate && !creating && (
          <Button onClick={() => setCreating(true)} data-testid="visits-new">
            {t('visits.new')}
          </Button>
        )}
      </Group>
      {creating && <NewPlanForm onCancel={() => setCreating(false)} />}
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <SearchBox
          label={t('visits.search')}
          placeholder={t('visits.searchPlaceholder')}
          value={q}
          onSearch={(text) => set('q', text)}
          testId="visits-search"
        />
        <Group gap="xs" align="flex-end">
          {month ? (
            <MonthPicker value={month} onChange={(m) => set('month', m)} />
          ) : (
            <Button
              variant="default"
              onClick={() => set('month', currentMonth())}
              data-testid="visits-pick-month"
            >
              {t('visits.month')}: {t('visits.allMonths')}
            </Button>
          )}
          {month && (
            <Button variant="subtle" onClick={() => set('month', '')}>
              {t('visits.allMonths')}
            </Button>
          )}
        </Group>
      </Group>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && list.data.items.length === 0 && (
        <Alert data-testid="visits-empty">
          {filtered
            ? t('visits.emptySearch')
            : list.data.canCreate
              ? t('visits.empty')
              : t('visits.emptyReadOnly')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {list.data?.items.map((plan) => (
          <Paper
            key={plan.id}
            withBorder
            p="md"
            component={Link}
            to={`/visits/${plan.id}`}
            data-testid="visits-card"
            style={{ color: 'inherit', textDecoration: 'none' }}
          >
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text fw={700}>{t('visits.planOf', { month: formatMonth(plan.month, lang) })}</Text>
                <StatusBadge status={plan.status} version={plan.version} />
              </Group>
              <Text size="sm">{plan.unit.nameTh}</Text>
              <Group gap="xs">
                <Badge variant="light">{t('visits.rowCount', { count: plan.rowCount })}</Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {plan.letterNumber
                  ? t('visits.letterNumber', { number: plan.letterNumber })
                  : t('visits.noLetterNumber')}
                {' · '}
                {formatIsoDate(plan.updatedAt.slice(0, 10), lang)}
              </Text>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
