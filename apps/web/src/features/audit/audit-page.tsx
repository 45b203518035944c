import { Badge, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
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
    <CycleFrame title={t.records.auditTitle}>
      {() => (
        <Stack>
          <Text size="sm" c="dimmed">
            {t.records.auditLead}
          </Text>
          <QueryState query={query}>
            {({ rows, total }) => (
              <Stack>
                <DataTable
                  striped
                  withTableBorder
                  miw={760}
                  aria-label={t.records.auditTitle}
                  rows={rows}
                  rowKey={(row) => String(row.id)}
                  columns={[
                    {
                      header: t.records.at,
                      w: 160,
                      cellProps: () => ({ className: 'tabular' }),
                      cell: (row) => formatDateTime(row.at),
                    },
                    {
                      header: t.records.actor,
                      cell: (row) => (
                        <>
                          <Text size="sm">{row.actorName ?? t.records.system}</Text>
                          {row.actorRole && (
                            <Badge size="xs" variant="light">
                              {t.nav.roles[row.actorRole] ?? row.actorRole}
                            </Badge>
                          )}
                        </>
                      ),
                    },
                    { header: t.records.action, cell: (row) => row.actionLabel },
                    {
                      header: t.records.detail,
                      cell: (row) => (
                        <Text size="xs" c="dimmed">
                          {row.detail}
                        </Text>
                      ),
                    },
                  ]}
                />
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
