// The rest of Mantine's sheet (layered: the app's own rules still win), with the signed-in screens.
import './shell.css';
import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useMe } from '../auth/session';
import { t } from '../i18n';
import { navItemsFor } from './nav-items';
import { UnreadBadge } from './unread-badge';
import { UserMenu } from './user-menu';

/**
 * Header, role-aware navigation (a drawer up to a tablet lying down, 1024 px: the sheets' wide
 * tables get the whole width there) and the page.
 */
export function AppLayout() {
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname.startsWith(to));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'lg', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t.nav.skipToContent}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="lg" size="sm" aria-label={t.nav.openMenu} />
            <Text fw={700} size="lg" c="blue.8" component={Link} to="/" style={{ whiteSpace: 'nowrap' }}>
              {t.common.appName}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="lg">
              {t.common.appTagline}
            </Text>
          </Group>
          <UserMenu me={me} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t.nav.mainLabel}>
        {navItemsFor(me).map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            active={isActive(item.to)}
            onClick={close}
            rightSection={item.to === '/notifications' ? <UnreadBadge /> : undefined}
            aria-current={isActive(item.to) ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
