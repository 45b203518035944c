import { Alert, Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { t } from '../../i18n';
import type { CycleDetail } from '../cycle/contract';
import type { Round } from './contract';
import { BoardProgress, BulletinBoard } from './counting-board';
import { ExcludedUnits } from './excluded-units';
import { TallyTable } from './tally-table';

interface Props {
  cycle: CycleDetail;
  round: Round;
  isChair: boolean;
  /** The viewer's member unit, when they may vote for it. */
  voterUnitId?: string | undefined;
  /** Units recorded present at the session: those that could vote. */
  presentUnitIds: readonly string[];
  /** The viewer's account: a member of the round's counting board is offered its device page. */
  viewerUserId: string;
}

/** One round: live turnout while open; the tally, the rule's outcome and any tie decision once closed. */
export function RoundCard({ cycle, round, isChair, voterUnitId, presentUnitIds, viewerUserId }: Props) {
  const close = useCloseRound();
  const kind = t.conference.voteKinds[round.voteKind] ?? round.voteKind;
  const title = t.conference.round(kind, round.roundNumber);
  // An encrypted round stays open while its board decrypts the sealed box.
  const open = round.status === 'open' && !round.board?.sealed;
  const names = new Map(cycle.units.map((u) => [u.unitId, u.name]));
  const base = `/cycles/${cycle.id}/conference/rounds/${round.id}`;

  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Group gap="xs">
          {round.board && <Badge variant="outline">{t.conference.encrypted.badge}</Badge>}
          <Badge color={open ? 'blue' : 'teal'}>
            {round.status === 'open' && round.board?.sealed
              ? t.conference.encrypted.decrypting
              : t.conference.roundStatuses[round.status]}
          </Badge>
          {round.board?.members.some((m) => m.userId === viewerUserId) && (
            <Button component={Link} to={`${base}/board`} size="compact-sm" variant="light">
              {t.conference.encrypted.boardPage}
            </Button>
          )}
          <Button component={Link} to={`${base}/projector`} size="compact-sm" variant="subtle">
            {t.conference.projector}
          </Button>
        </Group>
      </Group>
      <Stack gap="xs">
        <Text size="sm">
          {t.conference.seats(round.seats)} · {t.conference.maxChoices(round.maxChoices)} ·{' '}
          {t.conference.candidates}: {round.candidates.map((c) => c.name).join(', ')}
        </Text>
        <ExcludedUnits round={round} />
        {round.board && <BoardProgress board={round.board} counted={round.status === 'closed'} />}
        {open && (
          <>
            <Text fw={600} className="tabular" aria-live="polite">
              {t.conference.turnout(round.ballotsReceived, round.ballotsIssued)}
            </Text>
            <Group gap={4}>
              {cycle.units.map((u) => (
                <Badge
                  key={u.unitId}
                  variant={round.votedUnitIds.includes(u.unitId) ? 'filled' : 'outline'}
                  color="gray"
                >
                  {names.get(u.unitId)}:{' '}
                  {round.votedUnitIds.includes(u.unitId) ? t.conference.voted : t.conference.notVoted}
                </Badge>
              ))}
            </Group>
            <Group>
              {voterUnitId && !round.viewerHasVoted && (
                <Button component={Link} to={`${base}/ballot`}>
                  {t.conference.goVote}
                </Button>
              )}
              {isChair && (
                <CloseRound
                  roundId={round.id}
                  notVoted={presentUnitIds.filter((u) => !round.votedUnitIds.includes(u))}
                  names={names}
                  close={close}
                />
              )}
            </Group>
          </>
        )}
        {round.tally && <TallyTable tally={round.tally} />}
        {round.board?.boardHash && (
          <BulletinBoard roundId={round.id} hash={round.board.boardHash} unitId={voterUnitId} />
        )}
        {round.tally?.outcome.kind === 'runoff' && <Alert color="orange">{t.conference.runoffNotice}</Alert>}
        {round.tally?.outcome.kind === 'chairDecides' && isChair && (
          <TieDecision roundId={round.id} outcome={round.tally.outcome} names={names} />
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Closing while present units have not voted needs the chair's explicit confirmation naming them;
 * the server refuses a close that does not name each of them.
 */
function CloseRound({
  roundId,
  notVoted,
  names,
  close,
}: {
  roundId: string;
  notVoted: string[];
  names: Map<string, string>;
  close: ReturnType<typeof useCloseRound>;
}) {
  const [confirmed, setConfirmed] = useState(false);
  const missing = notVoted.length > 0;
  return (
    <ConfirmButton
      label={t.conference.closeRound}
      variant="light"
      message={
        missing
          ? t.conference.closeConfirmNotVoted(notVoted.map((u) => names.get(u) ?? u).join(', '))
          : t.conference.closeConfirm
      }
      confirmDisabled={missing && !confirmed}
      onConfirm={() => close.mutateAsync({ roundId, ...(missing ? { notVotedUnitIds: notVoted } : {}) })}
    >
      {missing && (
        <Checkbox
          checked={confirmed}
          onChange={(e) => setConfirmed(e.currentTarget.checked)}
          label={t.conference.closeConfirmNotVotedLabel}
        />
      )}
    </ConfirmButton>
  );
}

function useCloseRound() {
  const api = useApi();
  return useAction(api.conference.closeRound.mutationOptions(), t.conference.roundClosed);
}

function TieDecision({
  roundId,
  outcome,
  names,
}: {
  roundId: string;
  outcome: { candidates: string[]; seatsToFill: number };
  names: Map<string, string>;
}) {
  const api = useApi();
  const [chosen, setChosen] = useState<string[]>([]);
  const decide = useAction(api.conference.decideTie.mutationOptions(), t.conference.tieDecided);
  return (
    <Alert color="orange" title={t.conference.chairDecides}>
      <Stack gap="xs">
        <Checkbox.Group
          value={chosen}
          onChange={setChosen}
          label={t.conference.maxChoices(outcome.seatsToFill)}
        >
          <Stack gap={4} mt={4}>
            {outcome.candidates.map((id) => (
              <Checkbox key={id} value={id} label={names.get(id) ?? id} />
            ))}
          </Stack>
        </Checkbox.Group>
        <ConfirmButton
          label={t.conference.decideTie}
          message={t.conference.decideTieConfirm}
          disabled={chosen.length === 0 || chosen.length > outcome.seatsToFill}
          onConfirm={() => decide.mutateAsync({ roundId, chosenUnitIds: chosen })}
        />
      </Stack>
    </Alert>
  );
}
