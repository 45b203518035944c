import { ActionIcon, Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type ConferenceSessionInput, formatDateShort, type SessionPerson } from '@thidua/domain';
import { t } from '../../i18n';

type Member = ConferenceSessionInput['countingBoard'][number];
type UnitOption = { value: string; label: string };

const MIN_BOARD = 2;
const MAX_BOARD = 7;

/** The session as the minutes print it: time, venue, chair, secretary, counting board, guests (held today). */
export function blankSession(heldOn: string, startTime: string, chairUnitId: string): ConferenceSessionInput {
  const person = (unitId = ''): SessionPerson => ({ unitId, name: '', post: '' });
  return {
    heldOn,
    startTime,
    venue: '',
    chair: person(chairUnitId),
    secretary: person(),
    countingBoard: [
      { ...person(), role: 'head' },
      { ...person(), role: 'member' },
      { ...person(), role: 'member' },
    ],
    guests: [],
  };
}

function PersonFields({
  label,
  value,
  units,
  onChange,
}: {
  label: string;
  value: SessionPerson;
  units: UnitOption[];
  onChange: (next: SessionPerson) => void;
}) {
  return (
    <Group grow align="flex-end" wrap="wrap" gap="xs">
      <NativeSelect
        label={t.conference.session.unitOf(label)}
        data={[{ value: '', label: t.conference.session.chooseUnit }, ...units]}
        value={value.unitId}
        onChange={(e) => onChange({ ...value, unitId: e.currentTarget.value })}
        miw={180}
      />
      <TextInput
        label={t.conference.session.nameOf(label)}
        value={value.name}
        onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
        miw={180}
      />
      <TextInput
        label={t.conference.session.postOf(label)}
        value={value.post}
        onChange={(e) => onChange({ ...value, post: e.currentTarget.value })}
        miw={200}
      />
    </Group>
  );
}

/** The session as sent: blank guest lines dropped. */
export function sessionToSend(value: ConferenceSessionInput): ConferenceSessionInput {
  return { ...value, guests: (value.guests ?? []).map((g) => g.trim()).filter(Boolean) };
}

/** Controlled form of the session; `units` are the units marked present (people come from there). */
export function SessionFields({
  value,
  units,
  onChange,
}: {
  value: ConferenceSessionInput;
  units: UnitOption[];
  onChange: (next: ConferenceSessionInput) => void;
}) {
  const s = t.conference.session;
  const board = value.countingBoard;
  const setMember = (i: number, next: Member) =>
    onChange({ ...value, countingBoard: board.map((m, j) => (j === i ? next : m)) });
  return (
    <Stack gap="sm">
      <Group grow wrap="wrap">
        <TextInput label={s.heldOn} value={formatDateShort(value.heldOn)} readOnly miw={160} />
        <TextInput
          label={s.startTime}
          placeholder="08:00"
          inputMode="numeric"
          maxLength={5}
          value={value.startTime}
          onChange={(e) => onChange({ ...value, startTime: e.currentTarget.value })}
          miw={120}
        />
      </Group>
      <TextInput
        label={s.venue}
        placeholder={s.venueHint}
        value={value.venue}
        onChange={(e) => onChange({ ...value, venue: e.currentTarget.value })}
      />
      <PersonFields
        label={s.chair}
        value={value.chair}
        units={units}
        onChange={(chair) => onChange({ ...value, chair })}
      />
      <PersonFields
        label={s.secretary}
        value={value.secretary}
        units={units}
        onChange={(secretary) => onChange({ ...value, secretary })}
      />
      <Text fw={600} size="sm">
        {s.countingBoard}
      </Text>
      {board.map((member, i) => (
        <Group key={`board-${i.toString()}`} align="flex-end" wrap="nowrap" gap="xs">
          <PersonFields
            label={i === 0 ? s.boardHead : s.boardMember(i)}
            value={member}
            units={units}
            onChange={(next) => setMember(i, { ...next, role: member.role })}
          />
          {i > 0 && board.length > MIN_BOARD && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={s.removeMember(i)}
              onClick={() => onChange({ ...value, countingBoard: board.filter((_, j) => j !== i) })}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      {board.length < MAX_BOARD && (
        <Button
          variant="subtle"
          w="fit-content"
          onClick={() =>
            onChange({
              ...value,
              countingBoard: [...board, { unitId: '', name: '', post: '', role: 'member' }],
            })
          }
        >
          {s.addMember}
        </Button>
      )}
      <Textarea
        label={s.guests}
        description={s.guestsHint}
        autosize
        minRows={2}
        value={(value.guests ?? []).join('\n')}
        onChange={(e) => onChange({ ...value, guests: e.currentTarget.value.split('\n') })}
      />
    </Stack>
  );
}
