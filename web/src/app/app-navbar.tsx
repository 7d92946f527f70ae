import { Badge, NavLink } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useCurrentUser } from '../features/auth/api';
import { useUnreadCount } from '../features/notifications/api';
import { canManageLineGroups } from '../features/notifications/line-groups';
import type { MessageKey } from '../shared/i18n/dictionary';
import { useI18n } from '../shared/i18n/language';

/** `sections`: the paths under which the item shows as active; `count`: a red number beside the label. */
type Item = { label: MessageKey; to: string; sections: string[]; testId: string; count?: number };

export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const unread = useUnreadCount().data ?? 0;

  const items: Item[] = [
    { label: 'nav.home', to: '/', sections: ['/'], testId: 'nav-home' },
    { label: 'nav.units', to: `/units/${me.scope.code}`, sections: ['/units'], testId: 'nav-units' },
    { label: 'nav.kpis', to: '/kpis', sections: ['/kpis', '/kpi-sets'], testId: 'nav-kpis' },
    { label: 'nav.agreements', to: '/agreements', sections: ['/agreements'], testId: 'nav-agreements' },
    { label: 'nav.dashboards', to: '/dashboards', sections: ['/dashboards'], testId: 'nav-dashboards' },
    { label: 'nav.reports', to: '/reports', sections: ['/reports'], testId: 'nav-reports' },
    { label: 'nav.quarterly', to: '/quarterly', sections: ['/quarterly'], testId: 'nav-quarterly' },
    ...(me.scope.kind === 'province' || me.scope.kind === 'department'
      ? [{ label: 'nav.minutes' as const, to: '/minutes', sections: ['/minutes'], testId: 'nav-minutes' }]
      : []),
    { label: 'nav.followUps', to: '/follow-ups', sections: ['/follow-ups'], testId: 'nav-follow-ups' },
    { label: 'nav.visits', to: '/visits', sections: ['/visits'], testId: 'nav-visits' },
    ...(me.role === 'department_admin' || me.role === 'province_admin'
      ? [
          {
            label: 'nav.formTemplates' as const,
            to: '/form-templates',
            sections: ['/form-templates'],
            testId: 'nav-form-templates',
          },
        ]
      : []),
    {
      label: 'nav.registers',
      to: '/registers/households',
      sections: ['/registers'],
      testId: 'nav-registers',
    },
    {
      label: 'notifications.title',
      to: '/notifications',
      sections: ['/notifications'],
      testId: 'nav-notifications',
      count: unread,
    },
    ...(canManageLineGroups(me)
      ? [
          {
            label: 'nav.lineGroups' as const,
            to: '/line-groups',
            sections: ['/line-groups'],
            testId: 'nav-line-groups',
          },
        ]
      : []),
    ...(me.permissions.manageUsers
      ? [{ label: 'nav.users' as const, to: '/users', sections: ['/users'], testId: 'nav-users' }]
      : []),
    ...(me.permissions.viewAudit
      ? [{ label: 'nav.audit' as const, to: '/audit', sections: ['/audit'], testId: 'nav-audit' }]
      : []),
  ];

  const isActive = (sections: string[]) =>
    sections.some((section) => (section === '/' ? pathname === '/' : pathname.startsWith(section)));

  return items.map((item) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={t(item.label)}
      active={isActive(item.sections)}
      rightSection={
        item.count ? (
          <Badge color="red" size="sm" circle={item.count < 10} data-testid={`${item.testId}-count`}>
            {item.count > 99 ? '99+' : item.count}
          </Badge>
        ) : undefined
      }
      onClick={onNavigate}
      data-testid={item.testId}
    />
  ));
}
