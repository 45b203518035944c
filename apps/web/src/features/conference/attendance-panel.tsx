import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import {
  type ConferenceSessionInput,
  checkConferenceSession,
  countingBoardRoleLabels,
  formatDateShort,
  vietnamDate,
  vietnamTime,
} from '@thidua/domain';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { t } from '../../i18n';
import type { CycleDetail } from '../cycle/contract';
import type { ConferenceView } from './contract';
import { blankSession, SessionFields, sessionToSend } from './session-fields';

type RecordedSessionView = ConferenceView['sessions'][number];

/** What the minutes will print about the session, as it was recorded. */
function RecordedSession({
  session,
  people,
}: {
  session: RecordedSessionView;
  people: NonNullable<RecordedSessionView['people']>;
}) {
  const s = t.conference.session;
  const who = (p: { name: string; post: string }) => `${p.name} – ${p.post}`;
  return (
    <Stack gap={2} aria-label={s.recorded}>
      <Text size="sm">
        {s.heldOn}: {formatDateShort(session.heldOn)}
        {session.startTime ? `, ${session.startTime}` : ''}
        {session.venue ? ` – ${session.venue}` : ''}
      </Text>
      <Text size="sm">
        {s.chair}: {who(people.chair)}
      </Text>
      <Text size="sm">
        {s.secretary}: {who(people.secretary)}
      </Text>
      <Text size="sm">
        {s.countingBoard}:{' '}
        {people.countingBoard.map((m) => `${who(m)} (${countingBoardRoleLabels[m.role]})`).join('; ')}
      </Text>
      {people.guests.length > 0 && (
        <Text size="sm">
          {s.guests}: {people.guests.join('; ')}
        </Text>
      )}
    </Stack>
  );
}

function sessionProblem(session: ConferenceSessionInput, presentIds: string[]): string | undefined {
  try {
    checkConferenceSession(session, presentIds, Date.now());
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

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
  const [session, setSession] = useState(() =>
    blankSession(vietnamDate(Date.now()), vietnamTime(Date.now()), cycle.leadership?.headUnitId ?? ''),
  );
  const record = useAction(
    api.conference.recordAttendance.mutationOptions(),
    t.conference.attendanceRecorded,
  );
  const editable = canRecord && cycle.phase === 'conference' && !view.rounds.length;
  const shown = editable
    ? modes
    : Object.fromEntries(cycle.units.map((u) => [u.unitId, recorded.get(u.unitId) ?? 'absent']));
  const present = Object.values(shown).filter((m) => m === 'present').length;
  const presentIds = Object.entries(modes)
    .filter(([, m]) => m === 'present')
    .map(([id]) => id);
  const presentUnits = cycle.units
    .filter((u) => presentIds.includes(u.unitId))
    .map((u) => ({ value: u.unitId, label: u.name }));
  // The same check the server runs: the button is offered only for a session it would accept.
  const problem = sessionProblem(sessionToSend(session), presentIds);

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
        {last?.people && !editable && <RecordedSession session={last} people={last.people} />}
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
            <SessionFields value={session} units={presentUnits} onChange={setSession} />
            {problem && (
              <Text size="sm" c="red" role="alert">
                {problem}
              </Text>
            )}
            <ErrorAlert error={record.error} />
            <Button
              w="fit-content"
              loading={record.isPending}
              disabled={problem !== undefined}
              onClick={() =>
                record.mutate({
                  cycleId: cycle.id,
                  session: sessionToSend(session),
                  presentUnitIds: presentIds,
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
