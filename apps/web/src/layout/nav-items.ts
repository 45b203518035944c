import { type Me, mayCall } from '../auth/session';
import { t } from '../i18n';

interface NavItem {
  to: '/' | '/cycles' | '/tracker' | '/committee' | '/notifications' | '/admin';
  label: string;
  /** Shown when the server lets the user call this procedure; to everyone when absent. */
  procedure?: string;
}

const items: NavItem[] = [
  { to: '/', label: t.nav.inbox },
  { to: '/cycles', label: t.nav.cycles },
  { to: '/tracker', label: t.nav.tracker, procedure: 'tracker.list' },
  { to: '/committee', label: t.nav.committee, procedure: 'committee.inbox' },
  { to: '/notifications', label: t.nav.notifications },
  { to: '/admin', label: t.nav.admin, procedure: 'admin.officials.list' },
];

export const navItemsFor = (me: Me) => items.filter((item) => !item.procedure || mayCall(me, item.procedure));
