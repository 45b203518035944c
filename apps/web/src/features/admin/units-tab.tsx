import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';

/** Units with their names over time (a renamed or merged unit keeps its history). */
export function UnitsTab() {
  const api = useApi();
  const list = useQuery(api.admin.units.list.queryOptions({}));
  return (
    <QueryState query={list}>
      {(units) => (
        <DataTable
          striped
          miw={760}
          aria-label={t.admin.tabs.units}
          rows={units}
          rowKey={(u) => u.id}
          columns={[
            { header: t.admin.code, cell: (u) => u.code },
            { header: t.admin.name, rowHeader: true, cell: (u) => u.names[0]?.name ?? u.id },
            { header: t.admin.validFrom, cell: (u) => formatDate(u.validFrom) },
            {
              header: t.admin.formerNames,
              cell: (u) =>
                u.names.slice(1).map((n) => (
                  <Text key={`${n.name}${n.validFrom}`} size="xs">
                    {n.name} ({formatDate(n.validFrom)})
                  </Text>
                )),
            },
            { header: t.admin.successor, cell: (u) => u.successors.map((s) => s.toUnitId).join(', ') || '—' },
          ]}
        />
      )}
    </QueryState>
  );
}
