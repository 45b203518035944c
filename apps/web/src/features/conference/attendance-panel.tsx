import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { t } from '../../i18n';
import type { CycleDetail } from '../cycle/contract';
import type { ConferenceView } from './contract';

type Mode = 'present' | 'writtenOpinion' | 'absent';

/** Who is in the room: the quorum and the ballots issued follow from it. */
export function AttendancePanel({
  cycle,
  view,
  canRecord,
}: {
  cycle: CycleDetail;
  view: ConferenceView;
  canRecord: boolean;
}) {
  const api = useApi();
  const last = view.sessions.at(-1);
  const recorded = new Map(last?.attendance.map((a) => [a.unitId, a.mode]) ?? []);
  const [modes, setModes] = useState<Record<string, Mode>>(() =>
    Object.fromEntries(cycle.units.map((u) => [u.unitId, recorded.get(u.unitId) ?? 'present'])),
  );
  const [heldOn, setHeldOn] = useState(last?.heldOn ?? cycle.calendar.conferenceDate);
  const record = useAction(
    api.conference.recordAttendance.mutationOptions(),
    t.conference.attendanceRecorded,
  );
  const editable = canRecord && cycle.phase === 'conference' && !view.rounds.length;
  const shown = editable
    ? modes
    : Object.fromEntries(cycle.units.map((u) => [u.unitId, recorded.get(u.unitId) ?? 'absent']));
  const present = Object.values(shown).filter((m) => m === 'present').length;

  return (
    <Paper withBorder p="md" component="section" aria-label={t.conference.attendanceTitle}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t.conference.attendanceTitle}
        </Title>
        <Text fw={600} className="tabular">
          {t.conference.presentCount(present, cycle.units.length)}
        </Text>
      </Group>
      <Stack>
        <Table aria-label={t.conference.attendanceTitle}>
          <Table.Tbody>
            {cycle.units.map((unit) => (
              <Table.Tr key={unit.unitId}>
                <Table.Th scope="row" fw={500}>
                  {unit.name}
                </Table.Th>
                <Table.Td>
                  {editable ? (
                    <SegmentedControl
                      size="xs"
                      aria-label={t.conference.attendanceFor(unit.name)}
                      value={modes[unit.unitId] ?? 'present'}
                      onChange={(value) => setModes((m) => ({ ...m, [unit.unitId]: value as Mode }))}
                      data={(['present', 'writtenOpinion', 'absent'] as const).map((mode) => ({
                        value: mode,
                        label: t.conference.attendanceModes[mode] ?? mode,
                      }))}
                    />
                  ) : (
                    <Text size="sm">{t.conference.attendanceModes[shown[unit.unitId] ?? 'absent']}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {editable && (
          <>
            <TextInput
              type="date"
              label={t.conference.heldOn}
              value={heldOn}
              onChange={(e) => setHeldOn(e.currentTarget.value)}
              maw={220}
            />
            <ErrorAlert error={record.error} />
            <Button
              w="fit-content"
              loading={record.isPending}
              onClick={() =>
                record.mutate({
                  cycleId: cycle.id,
                  heldOn,
                  presentUnitIds: Object.entries(modes)
                    .filter(([, m]) => m === 'present')
                    .map(([id]) => id),
                  writtenOpinionUnitIds: Object.entries(modes)
                    .filter(([, m]) => m === 'writtenOpinion')
                    .map(([id]) => id),
                })
              }
            >
              {t.conference.recordAttendance}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}
