import { Tabs } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { unitQuery } from '../register-context';

type Tab = 'households' | 'import' | 'budget' | 'projects' | 'funds';

const paths: Record<Tab, string> = {
  households: '/registers/households',
  import: '/registers/households/import',
  budget: '/registers/budget',
  projects: '/registers/projects',
  funds: '/registers/funds',
};

const labels = {
  households: 'reg.tabHouseholds',
  import: 'reg.tabImport',
  budget: 'reg.tabBudget',
  projects: 'reg.tabProjects',
  funds: 'reg.tabFunds',
} as const;

/** The register screens; each opens on the unit's latest year with data. The import tab only for those who may write the unit. */
export function RegistersTabs({ active, unit, mayWrite }: { active: Tab; unit: string; mayWrite: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(tab) => tab && navigate(paths[tab as Tab] + unitQuery(unit))}>
      <Tabs.List style={{ flexWrap: 'wrap' }}>
        {(Object.keys(paths) as Tab[])
          .filter((tab) => mayWrite || tab !== 'import')
          .map((tab) => (
            <Tabs.Tab key={tab} value={tab} data-testid={`registers-tab-${tab}`}>
              {t(labels[tab])}
            </Tabs.Tab>
          ))}
      </Tabs.List>
    </Tabs>
  );
}
