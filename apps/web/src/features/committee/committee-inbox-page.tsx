import { Badge, Button, Checkbox, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
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
            <DataTable
              striped
              miw={800}
              aria-label={t.committee.inboxTitle}
              rows={rows}
              rowKey={(row) => row.dossierId}
              columns={[
                { header: t.committee.bloc, rowHeader: true, cell: (row) => row.blocName },
                { header: t.committee.year, cell: (row) => row.year },
                {
                  header: t.common.status,
                  cell: (row) => (
                    <Badge variant="light">{t.dossier.statuses[row.status] ?? row.status}</Badge>
                  ),
                },
                {
                  header: t.committee.submittedAt,
                  cell: (row) => (row.submittedAt ? formatDate(row.submittedAt) : '—'),
                },
                {
                  header: t.committee.due,
                  cell: (row) =>
                    row.dueDate ? (
                      <Stack gap={2}>
                        <Text size="sm">{formatDate(dueInstant(row.dueDate))}</Text>
                        <DueBadge due={dueInstant(row.dueDate)} done={row.status === 'decided'} />
                      </Stack>
                    ) : (
                      '—'
                    ),
                },
                {
                  header: t.committee.nominations,
                  cell: (row) => t.committee.nominationCount(row.nominations.length),
                },
                {
                  header: t.common.actions,
                  cell: (row) => (
                    <Button
                      component={Link}
                      to={`/committee/${row.cycleId}`}
                      size="compact-sm"
                      aria-label={t.committee.openFor(row.blocName, row.year)}
                    >
                      {t.committee.open}
                    </Button>
                  ),
                },
              ]}
            />
          )
        }
      </QueryState>
    </Stack>
  );
}
