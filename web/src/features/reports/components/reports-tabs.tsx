import { Tabs } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { MessageKey } from '../../../shared/i18n/dictionary';
import { useI18n } from '../../../shared/i18n/language';
import { useCurrentUser } from '../../auth/api';
import { isDistrictUser, reportsLink } from '../report-context';

export type ReportsTab = 'mine' | 'board' | 'league' | 'types';

type Props = { active: ReportsTab | null; month: string; province?: string };

const paths: Record<ReportsTab, string> = {
  mine: '/reports',
  board: '/reports/board',
  league: '/reports/league',
  types: '/reports/types',
};

/** The screens of the reports section, carrying the month and the province along. */
export function ReportsTabs({ active, month, province }: Props) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const tabs: ReportsTab[] = isDistrictUser(me) ? ['mine', 'league'] : ['board', 'league', 'types'];
  if (tabs.length < 2) return null;
  const labels: Record<ReportsTab, MessageKey> = {
    mine: 'reports.tab.mine',
    board: 'reports.tab.board',
    league: 'reports.tab.league',
    types: 'reports.tab.types',
  };
  return (
    <Tabs
      value={active}
      onChange={(tab) => {
        if (!tab) return;
        const path = paths[tab as ReportsTab];
        void navigate(reportsLink(path, tab === 'types' ? { province } : { month, province }));
      }}
      aria-label={t('reports.tabs')}
    >
      <Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab} value={tab} data-testid={`reports-tab-${tab}`}>
            {t(labels[tab])}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
