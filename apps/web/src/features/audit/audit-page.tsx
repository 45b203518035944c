import { Badge, Button, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { CycleFrame } from '../cycle/components/cycle-frame';
import { useCycleId } from '../cycle/use-cycle';

const PAGE = 100;

export function AuditPage() {
  const cycleId = useCycleId();
  const api = useApi();
  const [limit, setLimit] = useState(PAGE);
  const query = useQuery(api.audit.list.queryOptions({ cycleId, page: { limit, offset: 0 } }));
  return (
    <CycleFrame cycleId={cycleId} title={t.records.auditTitle}>
      {() => (
        <Stack>
          <Text size="sm" c="dimmed">
            {t.records.auditLead}
          </Text>
          <QueryState query={query}>
            {({ rows, total }) => (
              <Stack>
                <ScrollArea>
                  <Table striped withTableBorder miw={760} aria-label={t.records.auditTitle}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col" w={160}>
                          {t.records.at}
                        </Table.Th>
                        <Table.Th scope="col">{t.records.actor}</Table.Th>
                        <Table.Th scope="col">{t.records.action}</Table.Th>
                        <Table.Th scope="col">{t.records.detail}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rows.map((row) => (
                        <Table.Tr key={String(row.id)}>
                          <Table.Td className="tabular">{formatDateTime(row.at)}</Table.Td>
                          <Table.Td>
                            <Text size="sm">{row.actorName ?? t.records.system}</Text>
                            {row.actorRole && (
                              <Badge size="xs" variant="light">
                                {t.nav.roles[row.actorRole] ?? row.actorRole}
                              </Badge>
                            )}
                          </Table.Td>
                          <Table.Td>{row.actionLabel}</Table.Td>
                          <Table.Td>
                            <Text size="xs" c="dimmed">
                              {row.detail}
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollArea>
                {rows.length < total && (
                  <Button variant="default" w="fit-content" onClick={() => setLimit((n) => n + PAGE)}>
                    {t.records.loadMore}
                  </Button>
                )}
              </Stack>
            )}
          </QueryState>
        </Stack>
      )}
    </CycleFrame>
  );
}
