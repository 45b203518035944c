import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/use-api';
import { t } from '../i18n';

/** Unread notifications; polled so a reminder sent by a workflow timer shows up without a reload. */
export function UnreadBadge() {
  const api = useApi();
  const { data } = useQuery(api.notifications.list.queryOptions(undefined, { refetchInterval: 60_000 }));
  const unread = data?.unread ?? 0;
  if (unread === 0) return null;
  return (
    <Badge size="sm" color="red" circle aria-label={t.nav.unreadCount(unread)}>
      {unread}
    </Badge>
  );
}
