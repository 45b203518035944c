import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';

/** Where the account is signed in: each session with its address and browser, and a way to end it. */
export function SessionsPanel() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const list = useQuery(api.auth.sessions.queryOptions());
  const refresh = () => queryClient.invalidateQueries(api.auth.sessions.queryFilter());
  const end = useMutation(
    api.auth.endSession.mutationOptions({
      onSuccess: async (result) => {
        if (!result.signedOut) return refresh();
        // The session in use: this browser is signed out, as with the sign-out button.
        queryClient.clear();
        await navigate({ to: '/sign-in' });
      },
    }),
  );
  const endOthers = useMutation(api.auth.endOtherSessions.mutationOptions({ onSuccess: refresh }));
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Text fw={600} component="h2">
          {t.auth.sessionsTitle}
        </Text>
        <Text size="sm" c="dimmed">
          {t.auth.sessionsLead}
        </Text>
        <ErrorAlert error={end.error ?? endOthers.error} />
        <QueryState query={list}>
          {(sessions) => (
            <Stack>
              <DataTable
                miw={640}
                aria-label={t.auth.sessionsTitle}
                rows={sessions}
                rowKey={(s) => s.sessionId}
                columns={[
                  {
                    header: t.auth.sessionDevice,
                    rowHeader: true,
                    cell: (s) => (
                      <Stack gap={2}>
                        <Text size="sm" lineClamp={2}>
                          {s.userAgent ?? t.auth.sessionUnknownDevice}
                        </Text>
                        {s.current && (
                          <Badge size="xs" color="teal" variant="light" w="fit-content">
                            {t.auth.sessionCurrent}
                          </Badge>
                        )}
                      </Stack>
                    ),
                  },
                  { header: t.auth.sessionAddress, cell: (s) => s.ip ?? '' },
                  { header: t.auth.sessionSignedIn, cell: (s) => formatDateTime(s.createdAt) },
                  { header: t.auth.sessionLastUsed, cell: (s) => formatDateTime(s.lastSeenAt) },
                  {
                    header: t.common.actions,
                    cell: (s) => (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        aria-label={`${s.current ? t.auth.endCurrentSession : t.auth.endSession}: ${s.userAgent ?? t.auth.sessionUnknownDevice}`}
                        loading={end.isPending && end.variables?.sessionId === s.sessionId}
                        onClick={() => end.mutate({ sessionId: s.sessionId })}
                      >
                        {s.current ? t.auth.endCurrentSession : t.auth.endSession}
                      </Button>
                    ),
                  },
                ]}
              />
              {sessions.length > 1 && (
                <Group>
                  <Button
                    variant="light"
                    color="red"
                    loading={endOthers.isPending}
                    onClick={() => endOthers.mutate()}
                  >
                    {t.auth.endOtherSessions}
                  </Button>
                </Group>
              )}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
