import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { unreadNotificationsQuery } from '../api/screen-queries';
import { useApi } from '../api/use-api';
import { t } from '../i18n';

/** Unread notifications (polled: see the query). */
export function UnreadBadge() {
  const api = useApi();
  const { data } = useQuery(unreadNotificationsQuery(api));
  const unread = data?.unread ?? 0;
  if (unread === 0) return null;
  return (
    <Badge size="sm" color="red" circle aria-label={t.nav.unreadCount(unread)}>
      {unread}
    </Badge>
  );
}
