import { Group, Stack, Text } from '@mantine/core';
import { DataTable } from '../../components/data-table';
import { DueBadge } from '../../components/due-badge';
import { stepColumns, unitSteps } from '../../components/step-badge';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import type { TrackerRow } from './contract';
import { ExtendButton } from './deadline-dialogs';

/** Units × steps across blocs; the colour says the state, the text says it too. */
export function TrackerMatrix({ rows }: { rows: TrackerRow[] }) {
  return (
    <DataTable
      withColumnBorders
      miw={1100}
      verticalSpacing={6}
      aria-label={t.tracker.title}
      rows={rows}
      rowKey={(row) => `${row.cycleId}:${row.unitId}`}
      rowProps={(row) => ({ bg: row.overdue ? 'red.0' : undefined })}
      columns={[
        {
          header: t.tracker.bloc,
          cell: (row) => (
            <>
              <Text size="sm">{row.blocName}</Text>
              <Text size="xs" c="dimmed">
                {row.year} · {t.cycle.phases[row.phase] ?? row.phase}
              </Text>
            </>
          ),
        },
        { header: t.tracker.unit, rowHeader: true, cell: (row) => row.unitName },
        ...stepColumns(unitSteps, (row: TrackerRow) => row.step),
        {
          header: t.tracker.due,
          cell: (row) =>
            row.due && !row.done ? (
              <Stack gap={2}>
                <Group gap={4} wrap="nowrap">
                  <Text size="xs">{formatDate(row.due)}</Text>
                  <DueBadge due={row.due} />
                </Group>
                {row.allowedActions.includes('grantExtension') && (
                  <ExtendButton
                    cycleId={row.cycleId}
                    unitId={row.unitId}
                    unitName={row.unitName}
                    due={row.due}
                  />
                )}
              </Stack>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
