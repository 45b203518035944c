import { Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/use-api';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';

/** Blocs with their yearly membership and leadership (both rotate by year). */
export function BlocsTab() {
  const api = useApi();
  const blocs = useQuery(api.admin.blocs.list.queryOptions({}));
  return (
    <QueryState query={blocs}>
      {(list) => (
        <Table striped withTableBorder aria-label={t.admin.tabs.blocs}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.admin.issuerCode}</Table.Th>
              <Table.Th scope="col">{t.admin.name}</Table.Th>
              <Table.Th scope="col">{t.common.year}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>{b.issuerCode}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  {b.names[0]?.name ?? b.id}
                </Table.Th>
                <Table.Td>
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
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </QueryState>
  );
}
