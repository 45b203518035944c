/** Round bookkeeping: opening (first rounds and runoffs), applying a tally, the nominations. */
import type { TallyRoundOutput } from '@thidua/activities/contract';
import type { Candidate, Proposal, TallyResult, VoteKind } from '@thidua/domain';
import { excludedFromBallot, ruleOf, unitStatusOf } from './conference-rules';
import type { CycleContext } from './context';
import { boardNotices, boardSeatsOf, runoffBoard } from './encrypted-rounds';
import { refuse } from './errors';
import type { CloseRoundResult } from './messages';
import { notice, toUnit } from './notify';
import type { CycleState, EncryptedRoundState, RoundResult, RoundState } from './types';

/** Opens a round in the state (synchronously) and returns its projection effect. */
export function openRoundState(
  ctx: CycleContext,
  kind: VoteKind,
  candidates: Candidate[],
  seats: number,
  maxChoices: number,
  parent?: RoundState,
  board?: EncryptedRoundState,
): RoundState {
  const s = ctx.state;
  const vote = s.votes[kind];
  const att = s.attendance;
  if (!att) refuse('QUORUM_NOT_MET');
  const number = vote.roundIds.length + 1;
  const round: RoundState = {
    id: `${s.cycleId}:${kind}:${number}`,
    kind,
    number,
    parentId: parent?.id ?? vote.roundIds.at(-1),
    status: 'open',
    candidates,
    seats,
    maxChoices,
    members: s.units.length,
    present: att.present.length,
    ballotsIssued: att.present.length,
    voters: [],
    openedAt: ctx.nowIso(),
    ...(board ? { board } : {}),
  };
  s.rounds.push(round);
  vote.roundIds.push(round.id);
  vote.status = 'open';
  ctx.bump();
  return round;
}

export function roundOpenedEffect(ctx: CycleContext, round: RoundState) {
  return {
    kind: 'roundOpened' as const,
    sessionId: ctx.state.attendance?.sessionId ?? `${ctx.state.cycleId}:session:1`,
    roundId: round.id,
    voteKind: round.kind,
    roundNumber: round.number,
    parentRoundId: round.parentId,
    rule: ruleOf(ctx.state, round.kind),
    seats: round.seats,
    maxChoices: round.maxChoices,
    candidates: round.candidates,
    excluded: excludedFromBallot(ctx.state, round),
    ballotsIssued: round.ballotsIssued,
    countingBoard: boardSeatsOf(round),
  };
}

export function roundNotices(ctx: CycleContext, round: RoundState) {
  const s = ctx.state;
  return [
    ...(s.attendance?.present ?? []).map((unitId) =>
      notice(s, toUnit('unitHead', unitId), 'vote.roundOpened', round.id, {
        roundId: round.id,
        voteKind: round.kind,
      }),
    ),
    // An encrypted round: each board member's device is to register its key share.
    ...boardNotices(ctx, round, 'vote.boardKey'),
  ];
}

function resultOf(out: TallyRoundOutput): RoundResult {
  const t = out.tally;
  return {
    outcome: t.outcome,
    electedIds: [...t.electedIds],
    tiedIds: [...t.tiedIds],
    ballotsReceived: t.ballotsReceived,
    validBallots: t.validBallots,
    invalidBallots: t.invalidBallots,
    votes: t.candidates.map((c) => ({
      unitId: c.unitId,
      votes: c.votes,
      percentHundredths: c.percentHundredths,
      passed: c.passed,
    })),
    conclusion: t.conclusion,
    missingVoters: out.missingVoters,
  };
}

/** Applies a sealed round's tally: elected units, "no proposal", or a runoff among the tied. */
export async function applyTally(
  ctx: CycleContext,
  round: RoundState,
  out: TallyRoundOutput,
  key: string,
): Promise<CloseRoundResult> {
  const s = ctx.state;
  const vote = s.votes[round.kind];
  const result = resultOf(out);
  round.status = 'closed';
  round.closedAt = ctx.nowIso();
  round.result = result;
  // The receipts are the truth of who voted: a ballot is accepted by its commit in PostgreSQL alone.
  round.voters = [...out.receiptUnitIds];
  const outcome = result.outcome;
  let runoff: RoundState | undefined;
  switch (outcome.kind) {
    case 'decided':
      vote.elected = [...vote.elected, ...outcome.elected];
      vote.status = 'decided';
      break;
    case 'noProposal':
      vote.status = vote.elected.length > 0 ? 'decided' : 'noProposal';
      break;
    case 'runoff':
      vote.elected = [...vote.elected, ...outcome.elected];
      runoff = openRoundState(
        ctx,
        round.kind,
        round.candidates.filter((c) => outcome.candidates.includes(c.unitId)),
        outcome.seatsToFill,
        outcome.seatsToFill,
        round,
        runoffBoard(round),
      );
      break;
    case 'chairDecides':
      vote.elected = [...vote.elected, ...outcome.elected];
      vote.status = 'awaitingChair';
      break;
    case 'quorumNotMet':
      vote.status = 'notStarted';
      break;
  }
  ctx.bump();
  await ctx.record({
    step: 'roundTallied',
    key,
    audit: {
      action: 'vote.tally',
      entity: 'voteRound',
      entityId: round.id,
      after: {
        outcome: outcome.kind,
        voters: round.voters.length,
        electedIds: result.electedIds,
        tiedIds: result.tiedIds,
        runoff: runoff?.id,
      },
    },
    effects: runoff ? [roundOpenedEffect(ctx, runoff)] : [],
    notifications: runoff ? roundNotices(ctx, runoff) : [],
  });
  return {
    ...ctx.ack(),
    roundId: round.id,
    outcome: outcome.kind,
    electedIds: result.electedIds,
    tiedIds: result.tiedIds,
    runoffRoundId: runoff?.id,
  };
}

export function proposalsOf(s: CycleState): Proposal[] {
  return (['provincialFlag', 'certificateOfMerit'] as const).flatMap((award) =>
    s.votes[award].elected.map((unitId) => ({ unitId, award })),
  );
}

export function proposalUnits(s: CycleState) {
  return s.units.map((u) => ({ unitId: u.id, name: u.name, status: unitStatusOf(s, u.id) }));
}

/** The domain's proposal check only reads which units each vote elected. */
export function talliesOf(s: CycleState): TallyResult[] {
  return (['provincialFlag', 'certificateOfMerit'] as const).map(
    (award) => ({ voteKind: award, electedIds: s.votes[award].elected }) as unknown as TallyResult,
  );
}

export function nominationsOf(s: CycleState) {
  return proposalsOf(s).map((p) => {
    const round = [...s.rounds]
      .reverse()
      .find((r) => r.kind === p.award && r.result?.electedIds.includes(p.unitId));
    const row = round?.result?.votes.find((v) => v.unitId === p.unitId);
    return {
      id: `${s.cycleId}:${p.award}:${p.unitId}`,
      award: p.award,
      unitId: p.unitId,
      roundId: round?.id ?? '',
      votes: row?.votes ?? 0,
      percentage: (row?.percentHundredths ?? 0) / 100,
      status: 'proposed' as const,
    };
  });
}
