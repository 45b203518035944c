import { Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { DueBadge } from '../../components/due-badge';
import { StepBadge } from '../../components/step-badge';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import type { TrackerRow } from './contract';
import { ExtendButton } from './deadline-dialogs';

const steps = ['pact', 'registration', 'selfAssessment', 'review', 'reviewResponse'];

/** Units × steps across blocs; the colour says the state, the text says it too. */
export function TrackerMatrix({ rows }: { rows: TrackerRow[] }) {
  return (
    <ScrollArea>
      <Table withTableBorder withColumnBorders miw={1100} verticalSpacing={6} aria-label={t.tracker.title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.tracker.bloc}</Table.Th>
            <Table.Th scope="col">{t.tracker.unit}</Table.Th>
            {steps.map((s) => (
              <Table.Th key={s} scope="col">
                {t.cycle.steps[s]}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t.tracker.due}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.cycleId}:${row.unitId}`} bg={row.overdue ? 'red.0' : undefined}>
              <Table.Td>
                <Text size="sm">{row.blocName}</Text>
                <Text size="xs" c="dimmed">
                  {row.year} · {t.cycle.phases[row.phase] ?? row.phase}
                </Text>
              </Table.Td>
              <Table.Th scope="row" fw={500}>
                {row.unitName}
              </Table.Th>
              {steps.map((s) => {
                const status = row.steps[s];
                return (
                  <Table.Td key={s}>
                    {status ? (
                      <StepBadge
                        state={status.state}
                        late={status.late}
                        overdue={row.overdue && row.step === s}
                      />
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                );
              })}
              <Table.Td>
                {row.due && !row.done ? (
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
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
