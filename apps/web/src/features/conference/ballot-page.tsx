import { Alert, Button, Checkbox, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import type { Out } from '../../api/types';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ownUnitId, useMe } from '../../auth/session';
import { Dialog } from '../../components/dialog';
import { ErrorAlert } from '../../components/error-alert';
import { QueryState } from '../../components/query-state';
import { t } from '../../i18n';
import { CycleFrame } from '../cycle/components/cycle-frame';
import { type CycleDetail, can } from '../cycle/contract';
import type { Ballot, Round } from './contract';
import { keepTracker, loadBallotCrypto, readTracker, saveText } from './encrypted-round';
import { ExcludedUnits } from './excluded-units';
import { useConference } from './use-conference';

export function BallotPage() {
  const { cycleId, roundId } = useParams({ strict: false }) as { cycleId: string; roundId: string };
  const conference = useConference(cycleId);
  return (
    <CycleFrame title={t.conference.ballotTitle}>
      {(cycle) => (
        <QueryState query={conference}>
          {(view) => {
            const round = view.rounds.find((r) => r.id === roundId);
            return round ? (
              <BallotForm cycle={cycle} round={round} />
            ) : (
              <Text>{t.conference.roundNotOpen}</Text>
            );
          }}
        </QueryState>
      )}
    </CycleFrame>
  );
}

/** One ballot per member unit and round, marked in secret and confirmed before it is cast. */
function BallotForm({ cycle, round }: { cycle: CycleDetail; round: Round }) {
  const api = useApi();
  const me = useMe();
  const [choices, setChoices] = useState<string[]>([]);
  const [confirming, { open, close }] = useDisclosure(false);
  const cast = useAction(api.conference.castBallot.mutationOptions(), t.conference.castDone);
  const unitId = ownUnitId(me);
  const key = useRoundKey(round);
  const [encrypting, setEncrypting] = useState(false);
  const [encryptFailure, setEncryptFailure] = useState(false);
  const unit = cycle.units.find((u) => u.unitId === unitId);
  const kind = t.conference.voteKinds[round.voteKind] ?? round.voteKind;
  const back = (
    <Button component={Link} to={`/cycles/${cycle.id}/conference`} variant="default" w="fit-content">
      {t.conference.backToConference}
    </Button>
  );

  if (!unit || !can(cycle, 'castBallot')) return <Alert color="gray">{t.conference.noUnit}</Alert>;
  if (round.viewerHasVoted || cast.isSuccess) {
    const tracker = cast.data?.tracker ?? readTracker(round.id, unit.unitId);
    return (
      <Stack>
        <Alert color="teal" role="status">
          {t.conference.castDone}
        </Alert>
        {tracker && <Receipt round={round} unitName={unit.name} tracker={tracker} />}
        {back}
      </Stack>
    );
  }
  if (round.status !== 'open' || round.board?.sealed) {
    return (
      <Stack>
        <Alert color="gray">{t.conference.roundNotOpen}</Alert>
        {back}
      </Stack>
    );
  }

  const tooMany = choices.length > round.maxChoices;
  const ballot: Ballot = choices.length ? { kind: 'choices', candidateIds: choices } : { kind: 'blank' };
  const names = new Map(round.candidates.map((c) => [c.unitId, c.name]));

  return (
    <Paper withBorder p="lg" maw={720}>
      <Stack>
        <div>
          <Title order={2} size="h3">
            {t.conference.round(kind, round.roundNumber)}
          </Title>
          <Text size="sm">{t.conference.ballotFor(unit.name)}</Text>
        </div>
        <Alert color="blue" variant="light">
          {round.board ? t.conference.encrypted.browserNote : t.conference.ballotSecret}
        </Alert>
        {round.board && !key.data && (
          <Alert color="yellow" variant="light" role="status">
            {t.conference.encrypted.waitingKey}
          </Alert>
        )}
        <Checkbox.Group
          label={t.conference.ballotInstruction(round.maxChoices)}
          value={choices}
          onChange={setChoices}
          error={tooMany ? t.conference.tooMany(round.maxChoices) : undefined}
        >
          <Stack gap="sm" mt="sm">
            {round.candidates.map((c) => (
              <Checkbox
                key={c.unitId}
                value={c.unitId}
                label={c.name}
                size="md"
                aria-label={t.conference.choose(c.name)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <ExcludedUnits round={round} />
        <Group>
          <Button size="md" onClick={open} disabled={tooMany || (round.board !== null && !key.data)}>
            {t.conference.cast}
          </Button>
          {back}
        </Group>
      </Stack>
      <Dialog opened={confirming} onClose={close} title={t.conference.castConfirmTitle} centered>
        <Stack>
          <Text size="sm">{t.conference.castConfirm}</Text>
          {choices.length ? (
            <List>
              {choices.map((id) => (
                <List.Item key={id}>{names.get(id)}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" fw={600}>
              {t.conference.castBlank}
            </Text>
          )}
          <ErrorAlert error={cast.error} />
          {encryptFailure && (
            <Alert color="red" role="alert">
              {t.conference.encrypted.encryptFailed}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t.common.cancel}
            </Button>
            <Button
              loading={cast.isPending || encrypting}
              onClick={async () => {
                if (!round.board) {
                  cast.mutate(
                    { roundId: round.id, unitId: unit.unitId, choices: ballot },
                    { onSuccess: close },
                  );
                  return;
                }
                if (!key.data) return;
                setEncrypting(true);
                setEncryptFailure(false);
                const sealed = await encryptChoices(key.data, choices).catch((error: unknown) => {
                  console.error(error);
                  setEncryptFailure(true);
                  return null;
                });
                setEncrypting(false);
                if (!sealed) return;
                // A refusal shows in the dialog (cast.error).
                cast.mutate(
                  { roundId: round.id, unitId: unit.unitId, encrypted: sealed.ballot },
                  {
                    onSuccess: () => {
                      keepTracker(round.id, unit.unitId, sealed.tracker);
                      close();
                    },
                  },
                );
              }}
            >
              {t.common.confirm}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </Paper>
  );
}

type RoundKey = Out['conference']['ballotBoard'] & { publicKey: string };

/** An encrypted round's public key and parameters, polled until the board has published it. */
function useRoundKey(round: Round) {
  const api = useApi();
  return useQuery({
    ...api.conference.ballotBoard.queryOptions(
      { roundId: round.id },
      { refetchInterval: (q) => (q.state.data?.publicKey ? false : 3_000) },
    ),
    enabled: round.board !== null,
    select: (view) => (view.publicKey ? (view as RoundKey) : null),
  });
}

/** The ballot encrypted in this browser: a 0/1 per candidate in the round's order, with proofs. */
async function encryptChoices(view: RoundKey, chosen: readonly string[]) {
  const { encryptBallot, pointFromHex, systemRandom } = await loadBallotCrypto();
  const candidateIds = view.candidates.map((c) => c.unitId);
  return encryptBallot(
    { roundId: view.roundId, candidateIds, maxChoices: view.maxChoices },
    pointFromHex(view.publicKey, 'publicKey'),
    candidateIds.map((id) => (chosen.includes(id) ? 1 : 0)),
    systemRandom,
  );
}

/** The unit's receipt: the tracker it finds on the bulletin board once the round is counted. */
function Receipt({ round, unitName, tracker }: { round: Round; unitName: string; tracker: string }) {
  const title = t.conference.round(
    t.conference.voteKinds[round.voteKind] ?? round.voteKind,
    round.roundNumber,
  );
  return (
    <Paper withBorder p="md" component="section" aria-label={t.conference.encrypted.tracker}>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t.conference.encrypted.tracker}
        </Text>
        <Text ff="monospace" size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="ballot-tracker">
          {tracker}
        </Text>
        <Text size="xs" c="dimmed">
          {t.conference.encrypted.trackerHint}
        </Text>
        <Button
          variant="default"
          size="compact-sm"
          w="fit-content"
          onClick={() =>
            saveText(
              t.conference.encrypted.receiptText(title, unitName, tracker),
              t.conference.encrypted.receiptName(round.id),
              'text/plain;charset=utf-8',
            )
          }
        >
          {t.conference.encrypted.receipt}
        </Button>
      </Stack>
    </Paper>
  );
}
