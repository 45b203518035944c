import { Badge, Table, Text } from '@mantine/core';
import { t } from '../../i18n';
import { formatNumber } from '../../lib/format';
import type { CycleDetail } from '../cycle/contract';
import type { Nomination } from './contract';

const statusColor: Record<string, string> = { proposed: 'blue', accepted: 'teal', cut: 'red' };

/** What the bloc proposes (and, after the committee, what was kept or cut and why). */
export function NominationsTable({
  cycle,
  nominations,
  actions,
}: {
  cycle: CycleDetail;
  nominations: Nomination[];
  actions?: (nomination: Nomination) => React.ReactNode;
}) {
  const names = new Map(cycle.units.map((u) => [u.unitId, u.name]));
  if (nominations.length === 0) return <Text size="sm">{t.common.emptyList}</Text>;
  return (
    <Table withTableBorder aria-label={t.dossier.nominationsTitle}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t.dossier.award}</Table.Th>
          <Table.Th scope="col">{t.common.unit}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t.dossier.votes}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t.dossier.percentage}
          </Table.Th>
          <Table.Th scope="col">{t.common.status}</Table.Th>
          {actions && <Table.Th scope="col">{t.common.actions}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {nominations.map((n) => (
          <Table.Tr key={n.id}>
            <Table.Td>{t.dossier.awards[n.awardKind] ?? n.awardKind}</Table.Td>
            <Table.Th scope="row" fw={500}>
              {names.get(n.unitId) ?? n.unitId}
            </Table.Th>
            <Table.Td ta="right" className="tabular">
              {n.votes}
            </Table.Td>
            <Table.Td ta="right" className="tabular">
              {formatNumber(Number(n.percentage))} %
            </Table.Td>
            <Table.Td>
              <Badge color={statusColor[n.status] ?? 'gray'} variant="light">
                {t.dossier.nominationStatuses[n.status] ?? n.status}
              </Badge>
              {'cutReason' in n && n.cutReason && <Text size="xs">{n.cutReason}</Text>}
            </Table.Td>
            {actions && <Table.Td>{actions(n)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
