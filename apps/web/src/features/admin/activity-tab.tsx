import { Badge, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';

/** What admins did to accounts, newest first; grants of province-wide or system roles stand out. */
export function ActivityTab() {
  const api = useApi();
  const list = useQuery(api.admin.activity.list.queryOptions({ page: { limit: 200, offset: 0 } }));
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t.admin.activityLead}
      </Text>
      <QueryState query={list}>
        {({ rows }) =>
          rows.length === 0 ? (
            <Text>{t.admin.activityEmpty}</Text>
          ) : (
            <DataTable
              striped
              miw={820}
              aria-label={t.admin.tabs.activity}
              rows={rows}
              rowKey={(r) => String(r.id)}
              columns={[
                { header: t.admin.activityAt, cell: (r) => formatDateTime(r.at) },
                {
                  header: t.admin.activityBy,
                  cell: (r) => (r.actorName ? `${r.actorName} (${r.actorUsername})` : t.admin.system),
                },
                {
                  header: t.admin.activityAction,
                  rowHeader: true,
                  cell: (r) => (
                    <>
                      {r.actionLabel}{' '}
                      {r.privileged && (
                        <Badge color="red" variant="light" size="sm">
                          {t.admin.privileged}
                        </Badge>
                      )}
                    </>
                  ),
                },
                { header: t.admin.username, cell: (r) => r.targetUsername ?? '' },
                { header: t.admin.activityDetail, cell: (r) => r.detail },
              ]}
            />
          )
        }
      </QueryState>
    </Stack>
  );
}
