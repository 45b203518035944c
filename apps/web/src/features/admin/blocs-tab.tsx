import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';

/** Blocs with their yearly membership and leadership (both rotate by year). */
export function BlocsTab() {
  const api = useApi();
  const blocs = useQuery(api.admin.blocs.list.queryOptions({}));
  return (
    <QueryState query={blocs}>
      {(list) => (
        <DataTable
          striped
          aria-label={t.admin.tabs.blocs}
          rows={list}
          rowKey={(b) => b.id}
          columns={[
            { header: t.admin.issuerCode, cell: (b) => b.issuerCode },
            { header: t.admin.name, rowHeader: true, cell: (b) => b.names[0]?.name ?? b.id },
            {
              header: t.common.year,
              cell: (b) => (
                <Stack gap={2}>
                  {b.years.map((y) => (
                    <Text key={y.year} size="sm">
                      {t.admin.members(y.year, y.unitIds.length)}
                      {y.headUnitId
                        ? ` · ${t.admin.headDeputy}: ${y.headUnitId} / ${y.deputyUnitId ?? '—'}`
                        : ''}
                    </Text>
                  ))}
                </Stack>
              ),
            },
          ]}
        />
      )}
    </QueryState>
  );
}
