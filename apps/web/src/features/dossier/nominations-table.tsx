import { Badge, Text } from '@mantine/core';
import { DataTable } from '../../components/data-table';
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
    <DataTable
      aria-label={t.dossier.nominationsTitle}
      rows={nominations}
      rowKey={(n) => n.id}
      columns={[
        { header: t.dossier.award, cell: (n) => t.dossier.awards[n.awardKind] ?? n.awardKind },
        { header: t.common.unit, rowHeader: true, cell: (n) => names.get(n.unitId) ?? n.unitId },
        { header: t.dossier.votes, numeric: true, cell: (n) => n.votes },
        {
          header: t.dossier.percentage,
          numeric: true,
          cell: (n) => `${formatNumber(Number(n.percentage))} %`,
        },
        {
          header: t.common.status,
          cell: (n) => (
            <>
              <Badge color={statusColor[n.status] ?? 'gray'} variant="light">
                {t.dossier.nominationStatuses[n.status] ?? n.status}
              </Badge>
              {'cutReason' in n && n.cutReason && <Text size="xs">{n.cutReason}</Text>}
            </>
          ),
        },
        actions !== undefined && { header: t.common.actions, cell: actions },
      ]}
    />
  );
}
