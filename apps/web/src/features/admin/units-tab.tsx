import { ScrollArea, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/use-api';
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
        <ScrollArea>
          <Table striped withTableBorder miw={760} aria-label={t.admin.tabs.units}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.admin.code}</Table.Th>
                <Table.Th scope="col">{t.admin.name}</Table.Th>
                <Table.Th scope="col">{t.admin.validFrom}</Table.Th>
                <Table.Th scope="col">{t.admin.formerNames}</Table.Th>
                <Table.Th scope="col">{t.admin.successor}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {units.map((u) => {
                const [current, ...former] = u.names;
                return (
                  <Table.Tr key={u.id}>
                    <Table.Td>{u.code}</Table.Td>
                    <Table.Th scope="row" fw={500}>
                      {current?.name ?? u.id}
                    </Table.Th>
                    <Table.Td>{formatDate(u.validFrom)}</Table.Td>
                    <Table.Td>
                      {former.map((n) => (
                        <Text key={`${n.name}${n.validFrom}`} size="xs">
                          {n.name} ({formatDate(n.validFrom)})
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>{u.successors.map((s) => s.toUnitId).join(', ') || '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </QueryState>
  );
}
