import { Tabs } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { contextQuery } from '../register-context';

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

export function RegistersTabs({
  active,
  unit,
  fiscalYear,
}: {
  active: Tab;
  unit: string;
  fiscalYear: number;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Tabs
      value={active}
      onChange={(tab) => tab && navigate(paths[tab as Tab] + contextQuery(unit, fiscalYear))}
    >
      <Tabs.List style={{ flexWrap: 'wrap' }}>
        {(Object.keys(paths) as Tab[]).map((tab) => (
          <Tabs.Tab key={tab} value={tab} data-testid={`registers-tab-${tab}`}>
            {t(labels[tab])}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
