import { Anchor, Button, Group, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { ContextBar } from '../../registers/components/context-bar';
import { RegisterGate } from '../../registers/components/register-gate';
import { RegistersTabs } from '../../registers/components/registers-tabs';
import { contextQuery, useRegisterContext } from '../../registers/register-context';
import { householdExportUrl, useHouseholdSummary } from '../api';
import { HouseholdForm } from '../components/household-form';
import { HouseholdList } from '../components/household-list';
import { HouseholdSummary } from '../components/household-summary';
import { type HouseholdStatus, householdStatuses, type ProblemDimension, problemDimensions } from '../types';

/** /registers/households?unit=&fiscalYear=&status=&problem=&q=: the live summary, then the list and the add form. */
export function HouseholdsPage() {
  return (
    <RegisterGate register="households">
      <HouseholdsView />
    </RegisterGate>
  );
}

function HouseholdsView() {
  const { t } = useI18n();
  const { me, params, unit, fiscalYear, years, mayWrite, update } = useRegisterContext('households');
  const summary = useHouseholdSummary(unit, fiscalYear);
  const status = params.get('status') as HouseholdStatus | null;
  const problem = params.get('problem') as ProblemDimension | null;
  const q = params.get('q') ?? '';
  const filter = {
    unit,
    ...(status && householdStatuses.includes(status) ? { status } : {}),
    ...(problem && problemDimensions.includes(problem) ? { problem } : {}),
    ...(q ? { q } : {}),
  };
  const personal = me.role !== 'viewer' && me.scope.kind !== 'department' && me.scope.kind !== 'region';

  return (
    <Stack gap="lg" maw={1400}>
      <RegistersTabs active="households" unit={unit} mayWrite={mayWrite} />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2}>{t('hh.title')}</Title>
        <Group gap="xs">
          {mayWrite && (
            <Button
              component={Link}
              to={`/registers/households/import${contextQuery(unit, fiscalYear)}`}
              variant="light"
              size="xs"
              data-testid="household-import-link"
            >
              {t('hh.import')}
            </Button>
          )}
          <Anchor
            href={householdExportUrl(unit, fiscalYear)}
            download
            size="sm"
            data-testid="household-export"
          >
            {t('hh.export')}
          </Anchor>
        </Group>
      </Group>
      <ContextBar unit={unit} fiscalYear={fiscalYear} years={years} onChange={update} />
      {summary.isPending && unit !== '' && <PageLoader />}
      {summary.isError && <ResourceError error={summary.error} />}
      {summary.data && <HouseholdSummary summary={summary.data} />}
      <Title order={3} size="h4">
        {t('hh.listTitle')}
      </Title>
      <HouseholdList filter={filter} fiscalYear={fiscalYear} onFilter={update} />
      {mayWrite && <HouseholdForm fiscalYear={fiscalYear} personal={personal} />}
    </Stack>
  );
}
