import { Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack } from '@mantine/core';
import { COUNTING_BOARD_SIZE } from '@thidua/domain';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { t } from '../../i18n';
import type { ConferenceView, VoteKind } from './contract';

const voteKinds: VoteKind[] = ['provincialFlag', 'certificateOfMerit', 'blocHead', 'blocDeputy'];

/**
 * The chair opens a vote. By default the round is encrypted: the chair names its counting board
 * among the officials the server accepts (of units present); a round without one stays possible,
 * ticked explicitly, for a conference that counts paper ballots.
 */
export function OpenRound({ cycleId, view }: { cycleId: string; view: ConferenceView }) {
  const api = useApi();
  const open = useAction(api.conference.openRound.mutationOptions(), t.conference.roundOpened);
  const busy = view.rounds.some((r) => r.status === 'open');
  // Empty: the rule's seats. The server refuses more than the year's quota, with the quota.
  const [seats, setSeats] = useState<number | string>('');
  const [board, setBoard] = useState<string[]>([]);
  const [plain, setPlain] = useState(false);
  const boardSized = board.length >= COUNTING_BOARD_SIZE.min && board.length <= COUNTING_BOARD_SIZE.max;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <NumberInput
          label={t.conference.seatsInput}
          description={t.conference.seatsHint}
          min={1}
          allowDecimal={false}
          value={seats}
          onChange={setSeats}
          maw={320}
        />
        {!plain && (
          <Checkbox.Group
            label={t.conference.encrypted.boardLabel}
            description={t.conference.encrypted.boardHint}
            value={board}
            onChange={setBoard}
            error={
              view.boardOfficials.length === 0
                ? t.conference.encrypted.noOfficials
                : !boardSized && t.conference.encrypted.boardSize
            }
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4} mt={6}>
              {view.boardOfficials.map((o) => (
                <Checkbox
                  key={`${o.userId}:${o.unitId}`}
                  value={o.userId}
                  label={t.conference.encrypted.official(o.name, o.unitName)}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
        <Checkbox
          checked={plain}
          onChange={(e) => setPlain(e.currentTarget.checked)}
          label={t.conference.encrypted.plainRound}
        />
        <Group gap="xs">
          {voteKinds.map((kind) => (
            <Button
              key={kind}
              variant="light"
              disabled={busy || (!plain && !boardSized)}
              loading={open.isPending && open.variables?.voteKind === kind}
              onClick={() =>
                open.mutate({
                  cycleId,
                  voteKind: kind,
                  ...(typeof seats === 'number' ? { seats } : {}),
                  ...(plain ? {} : { countingBoard: board }),
                })
              }
            >
              {t.conference.openRoundFor(t.conference.voteKinds[kind] ?? kind)}
            </Button>
          ))}
        </Group>
        <ErrorAlert error={open.error} />
      </Stack>
    </Paper>
  );
}
