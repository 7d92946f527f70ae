import { Stack, Tabs, Title } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { oneOf } from '../../../shared/ui/list-filters';
import { DebtReliefSection } from '../../debt-relief/components/debt-relief';
import { ContextBar } from '../../registers/components/context-bar';
import { RegisterGate } from '../../registers/components/register-gate';
import { RegistersTabs } from '../../registers/components/registers-tabs';
import { useRegisterContext } from '../../registers/register-context';
import { PortfolioSection } from '../../womens-fund/components/portfolio';
import { SnapshotsSection } from '../../womens-fund/components/snapshots';
import { CommunityFundsSection } from '../components/community-funds';

const sections = ['womens-fund', 'community-funds', 'debt-relief'] as const;
const sectionLabels = {
  'womens-fund': 'wf.title',
  'community-funds': 'cf.title',
  'debt-relief': 'debt.tab',
} as const;

/**
 * /registers/funds?unit=&fiscalYear=&section=&cfQ=&cfType=&cfJuristic=&debtQ=&debtReduced=: three tabs, the women's
 * fund (snapshots and the provincial report), the community funds and debt relief, each showing its figures and list
 * first and opening its forms and imports in place for those who may write.
 */
export function FundsPage() {
  return (
    <RegisterGate register="debtRelief">
      <FundsView />
    </RegisterGate>
  );
}

function FundsView() {
  const { t } = useI18n();
  const { params, unit, fiscalYear, years, yearsQuery, mayWrite, update } = useRegisterContext('debtRelief');
  const section = oneOf(params.get('section'), sections) ?? 'womens-fund';
  return (
    <Stack gap="lg" maw={1400}>
      <RegistersTabs active="funds" unit={unit} mayWrite={mayWrite} />
      <Title order={2}>{t('funds.title')}</Title>
      <ContextBar unit={unit} fiscalYear={fiscalYear} years={years} onChange={update} />
      <Tabs value={section} onChange={(s) => s && update({ section: s })} keepMounted={false}>
        <Tabs.List style={{ flexWrap: 'wrap' }}>
          {sections.map((s) => (
            <Tabs.Tab key={s} value={s} data-testid={`funds-tab-${s}`}>
              {t(sectionLabels[s])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="womens-fund" pt="lg">
          <Stack gap="xl">
            <SnapshotsSection unit={unit} mayWrite={mayWrite} />
            {/* A portfolio report is a province's (003 L1135): its forms only on a province's page. */}
            <PortfolioSection unit={unit} mayWrite={mayWrite && yearsQuery.data?.unit.kind === 'province'} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="community-funds" pt="lg">
          <CommunityFundsSection unit={unit} params={params} onFilter={update} mayWrite={mayWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="debt-relief" pt="lg">
          <DebtReliefSection
            unit={unit}
            fiscalYear={fiscalYear}
            params={params}
            onFilter={update}
            mayWrite={mayWrite}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
