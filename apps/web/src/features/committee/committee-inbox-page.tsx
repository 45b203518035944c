import { Badge, Button, Checkbox, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { DueBadge } from '../../components/due-badge';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import { dueInstant } from '../inbox/task-link';

export function CommitteeInboxPage() {
  const api = useApi();
  const [pendingOnly, setPendingOnly] = useState(true);
  const query = useQuery(api.committee.inbox.queryOptions({ status: pendingOnly ? 'pending' : 'all' }));
  return (
    <Stack>
      <PageHeader title={t.committee.inboxTitle} subtitle={t.committee.inboxLead} />
      <Checkbox
        label={t.committee.pendingOnly}
        checked={pendingOnly}
        onChange={(e) => setPendingOnly(e.currentTarget.checked)}
      />
      <QueryState query={query}>
        {({ rows }) =>
          rows.length === 0 ? (
            <Text>{t.common.emptyList}</Text>
          ) : (
            <ScrollArea>
              <Table striped withTableBorder miw={800} aria-label={t.committee.inboxTitle}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t.committee.bloc}</Table.Th>
                    <Table.Th scope="col">{t.committee.year}</Table.Th>
                    <Table.Th scope="col">{t.common.status}</Table.Th>
                    <Table.Th scope="col">{t.committee.submittedAt}</Table.Th>
                    <Table.Th scope="col">{t.committee.due}</Table.Th>
                    <Table.Th scope="col">{t.committee.nominations}</Table.Th>
                    <Table.Th scope="col">{t.common.actions}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.dossierId}>
                      <Table.Th scope="row" fw={500}>
                        {row.blocName}
                      </Table.Th>
                      <Table.Td>{row.year}</Table.Td>
                      <Table.Td>
                        <Badge variant="light">{t.dossier.statuses[row.status] ?? row.status}</Badge>
                      </Table.Td>
                      <Table.Td>{row.submittedAt ? formatDate(row.submittedAt) : '—'}</Table.Td>
                      <Table.Td>
                        {row.dueDate ? (
                          <Stack gap={2}>
                            <Text size="sm">{formatDate(dueInstant(row.dueDate))}</Text>
                            <DueBadge due={dueInstant(row.dueDate)} done={row.status === 'decided'} />
                          </Stack>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>{t.committee.nominationCount(row.nominations.length)}</Table.Td>
                      <Table.Td>
                        <Button
                          component={Link}
                          to={`/committee/${row.cycleId}`}
                          size="compact-sm"
                          aria-label={t.committee.openFor(row.blocName, row.year)}
                        >
                          {t.committee.open}
                        </Button>
                      </Table.Td>
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
