import { Badge, Button, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Api, useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { ExportButton } from '../../components/export-button';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { CycleFrame } from '../cycle/components/cycle-frame';
import { useCycleId } from '../cycle/use-cycle';
import { AuditFilterBar } from './audit-filters';
import type { AuditFilters, AuditRow } from './contract';
import { exportAudit } from './export-audit';

const PAGE = 100;
const EXPORT_PAGE = 500;

/** Every row the filters select, page after page (the export takes them all, not the screen's page). */
async function allRows(
  fetch: ReturnType<typeof useQueryClient>['fetchQuery'],
  api: Api,
  cycleId: string,
  filters: AuditFilters,
): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const page = await fetch(
      api.audit.list.queryOptions({ cycleId, filters, page: { limit: EXPORT_PAGE, offset } }),
    );
    rows.push(...page.rows);
    if (page.rows.length < EXPORT_PAGE || rows.length >= page.total) return rows;
  }
}

export function AuditPage() {
  const cycleId = useCycleId();
  const api = useApi();
  const client = useQueryClient();
  const [limit, setLimit] = useState(PAGE);
  const [filters, setFilters] = useState<AuditFilters>({});
  const facets = useQuery(api.audit.facets.queryOptions({ cycleId }));
  const query = useQuery(api.audit.list.queryOptions({ cycleId, filters, page: { limit, offset: 0 } }));
  return (
    <CycleFrame
      title={t.records.auditTitle}
      actions={(cycle) =>
        query.data && (
          <ExportButton
            variant="light"
            label={t.records.export}
            disabled={query.data.total === 0}
            onExport={async () =>
              exportAudit(await allRows((o) => client.fetchQuery(o), api, cycleId, filters), cycle.year)
            }
          />
        )
      }
    >
      {() => (
        <Stack>
          <Text size="sm" c="dimmed">
            {t.records.auditLead}
          </Text>
          <QueryState query={facets}>
            {(data) => (
              <AuditFilterBar
                facets={data}
                value={filters}
                onChange={(next) => {
                  setFilters(next);
                  setLimit(PAGE);
                }}
              />
            )}
          </QueryState>
          <QueryState query={query}>
            {({ rows, total }) => (
              <Stack>
                <Text size="sm">{t.records.shown(rows.length, total)}</Text>
                {rows.length === 0 ? <Text>{t.records.noRows}</Text> : <AuditTable rows={rows} />}
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

function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <DataTable
      striped
      miw={900}
      aria-label={t.records.auditTitle}
      rows={rows}
      rowKey={(row) => String(row.id)}
      columns={[
        {
          header: t.records.at,
          w: 150,
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
        { header: t.records.subject, cell: (row) => row.subject },
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
  );
}
