import { Badge, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/use-api';
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
            <ScrollArea>
              <Table striped withTableBorder miw={820} aria-label={t.admin.tabs.activity}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t.admin.activityAt}</Table.Th>
                    <Table.Th scope="col">{t.admin.activityBy}</Table.Th>
                    <Table.Th scope="col">{t.admin.activityAction}</Table.Th>
                    <Table.Th scope="col">{t.admin.username}</Table.Th>
                    <Table.Th scope="col">{t.admin.activityDetail}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{formatDateTime(r.at)}</Table.Td>
                      <Table.Td>
                        {r.actorName ? `${r.actorName} (${r.actorUsername})` : t.admin.system}
                      </Table.Td>
                      <Table.Td>
                        {r.actionLabel}{' '}
                        {r.privileged && (
                          <Badge color="red" variant="light" size="sm">
                            {t.admin.privileged}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{r.targetUsername ?? ''}</Table.Td>
                      <Table.Td>{r.detail}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )
        }
      </QueryState>
    </Stack>
  );
}
