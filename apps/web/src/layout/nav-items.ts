import type { Me, Role } from '../auth/session';
import { hasRole } from '../auth/session';
import { t } from '../i18n';

interface NavItem {
  to: '/' | '/cycles' | '/tracker' | '/committee' | '/notifications' | '/admin';
  label: string;
  /** Shown to holders of any of these roles; everyone when absent. */
  roles?: Role[];
}

const items: NavItem[] = [
  { to: '/', label: t.nav.inbox },
  { to: '/cycles', label: t.nav.cycles },
  { to: '/tracker', label: t.nav.tracker, roles: ['secretariat', 'blocHead', 'blocDeputy'] },
  { to: '/committee', label: t.nav.committee, roles: ['committeeReviewer', 'secretariat'] },
  { to: '/notifications', label: t.nav.notifications },
  { to: '/admin', label: t.nav.admin, roles: ['admin', 'secretariat', 'unitHead'] },
];

export const navItemsFor = (me: Me) => items.filter((item) => !item.roles || hasRole(me, ...item.roles));
