import { Badge, Button, Card, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import type { NotificationRow } from './contract';

export function NotificationsPage() {
  const api = useApi();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const query = useQuery(
    api.notifications.list.queryOptions({ unreadOnly, page: { limit: 100, offset: 0 } }),
  );
  const markRead = useAction(api.notifications.markRead.mutationOptions());
  const unreadIds = query.data?.rows.filter((n) => !n.readAt).map((n) => n.id) ?? [];

  return (
    <Stack>
      <PageHeader
        title={t.records.notificationsTitle}
        actions={
          unreadIds.length > 0 && (
            <Button
              variant="light"
              loading={markRead.isPending}
              onClick={() => markRead.mutate({ ids: unreadIds })}
            >
              {t.records.markAllRead}
            </Button>
          )
        }
      />
      <Checkbox
        label={t.records.unreadOnly}
        checked={unreadOnly}
        onChange={(e) => setUnreadOnly(e.currentTarget.checked)}
      />
      <ErrorAlert error={markRead.error} />
      <QueryState query={query}>
        {({ rows }) =>
          rows.length === 0 ? (
            <Text>{t.records.empty}</Text>
          ) : (
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {rows.map((n) => (
                <NotificationCard key={n.id} n={n} onRead={() => markRead.mutate({ ids: [n.id] })} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}

function NotificationCard({ n, onRead }: { n: NotificationRow; onRead: () => void }) {
  const payload = (n.payload ?? {}) as Record<string, unknown>;
  const due = typeof payload.due === 'string' ? payload.due : undefined;
  const reason = typeof payload.reason === 'string' ? payload.reason : undefined;
  const summary = typeof payload.summary === 'string' ? payload.summary : undefined;
  // The counting board's notices lead to the member's device page for that round.
  const boardRound =
    n.kind.startsWith('vote.board') && typeof payload.roundId === 'string' ? payload.roundId : undefined;
  return (
    <Card withBorder padding="sm" component="li" bg={n.readAt ? undefined : 'blue.0'}>
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600}>{t.records.kinds[n.kind] ?? n.kind}</Text>
            {!n.readAt && (
              <Badge size="xs" color="blue">
                {t.records.unread}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {formatDateTime(n.createdAt)}
            {due ? ` · ${t.records.payloadDue(formatDateTime(due))}` : ''}
          </Text>
          {summary && <Text size="sm">{summary}</Text>}
          {reason && <Text size="sm">{t.records.payloadReason(reason)}</Text>}
        </Stack>
        <Group gap="xs">
          {n.cycleId && boardRound && (
            <Button
              component={Link}
              to={`/cycles/${n.cycleId}/conference/rounds/${boardRound}/board`}
              size="compact-sm"
              variant="light"
            >
              {t.records.boardDevice}
            </Button>
          )}
          {n.cycleId && (
            <Button component={Link} to={`/cycles/${n.cycleId}`} size="compact-sm" variant="subtle">
              {t.records.openCycle}
            </Button>
          )}
          {!n.readAt && (
            <Button size="compact-sm" variant="light" onClick={onRead}>
              {t.records.markRead}
            </Button>
          )}
        </Group>
      </Group>
    </Card>
  );
}
