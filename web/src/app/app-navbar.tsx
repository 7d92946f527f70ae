import { NavLink } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useCurrentUser } from '../features/auth/api';
import type { MessageKey } from '../shared/i18n/dictionary';
import { useI18n } from '../shared/i18n/language';

type Item = { label: MessageKey; to: string; section: string; testId: string };

export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const { pathname } = useLocation();

  const items: Item[] = [
    { label: 'nav.home', to: '/', section: '/', testId: 'nav-home' },
    { label: 'nav.units', to: `/units/${me.scope.code}`, section: '/units', testId: 'nav-units' },
    ...(me.permissions.manageUsers
      ? [{ label: 'nav.users' as const, to: '/users', section: '/users', testId: 'nav-users' }]
      : []),
    ...(me.permissions.viewAudit
      ? [{ label: 'nav.audit' as const, to: '/audit', section: '/audit', testId: 'nav-audit' }]
      : []),
  ];

  const isActive = (section: string) => (section === '/' ? pathname === '/' : pathname.startsWith(section));

  return items.map((item) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={t(item.label)}
      active={isActive(item.section)}
      onClick={onNavigate}
      data-testid={item.testId}
    />
  ));
}
