import { AppShell, Burger, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet } from 'react-router';
import { useCurrentUser, useLogout } from '../features/auth/api';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { useI18n } from '../shared/i18n/language';
import { LanguageToggle } from '../shared/ui/language-toggle';
import { AppNavbar } from './app-navbar';

export function AppLayout() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const logout = useLogout();
  const [navbarOpened, navbar] = useDisclosure(false);

  const logoutButton = (testId: string) => (
    <Button
      variant="default"
      size="xs"
      onClick={() => logout.mutate()}
      loading={logout.isPending}
      data-testid={testId}
    >
      {t('nav.logout')}
    </Button>
  );

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding={{ base: 'sm', sm: 'md' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navbarOpened}
              onClick={navbar.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.menu')}
              data-testid="nav-burger"
            />
            <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }}>
              <Title order={1} size="h4" lh={1.2}>
                {t('app.name')}
              </Title>
              <Text size="xs" c="dimmed" visibleFrom="xs">
                {t('app.department')}
              </Text>
            </Link>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="md" data-testid="header-user">
              {me.displayName}
            </Text>
            <NotificationBell />
            <LanguageToggle />
            <Group visibleFrom="sm">{logoutButton('logout')}</Group>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppShell.Section grow>
          <AppNavbar onNavigate={navbar.close} />
        </AppShell.Section>
        <AppShell.Section hiddenFrom="sm">
          <Stack gap="xs">
            <Text size="sm">{me.displayName}</Text>
            {logoutButton('logout-mobile')}
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
