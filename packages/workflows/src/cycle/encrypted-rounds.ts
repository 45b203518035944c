/**
 * Encrypted rounds (the approach of Helios and ElectionGuard; construction in @thidua/ballot-crypto
 * SPEC.md). The chair designates the counting board (Ban kiểm phiếu) when opening the round; each
 * member's device draws a key share and registers its public part with a proof, checked here by the
 * validator; the round's key is published when the last share is in, and only then are ballots taken.
 * Ballots never pass through the workflow: the API checks each encrypted ballot's proofs and stores
 * it with the receipt in one PostgreSQL transaction, as for the plaintext box. Closing seals the box
 * (`sealEncryptedRound`: the ciphertexts added per candidate, only the sums come back); each member
 * then sends a partial decryption of the sums with proofs, checked here; with the last one the
 * `countEncryptedRound` activity decrypts the totals, decides the round with the domain's
 * `tallyFromTotals` and publishes the bulletin board, whose hash the vote-count minutes cite.
 * The history holds public values only: shares, sums, partial decryptions, totals.
 */

import type { TallyRoundInput } from '@thidua/activities/contract';
import {
  checkPartialDecryption,
  checkRegistration,
  ciphertextFromJson,
  combinePublicKey,
  type PartialDecryption,
  pointFromHex,
  pointToHex,
  roundParams,
  type ShareRegistration,
} from '@thidua/ballot-crypto';
import { COUNTING_BOARD_SIZE } from '@thidua/domain';
import { roundOf, ruleOf } from './conference-rules';
import { acts, type CycleContext } from './context';
import { refuse } from './errors';
import type {
  BoardSeatArgs,
  CloseRoundArgs,
  CloseRoundResult,
  KeyShareResult,
  PartialDecryptionResult,
  RegisterKeyShareArgs,
  SubmitPartialDecryptionArgs,
} from './messages';
import { notice } from './notify';
import { applyTally } from './rounds';
import { issueBallot, issueTallyMinutes } from './step-records';
import type { Actor, BoardSeatState, CycleState, EncryptedRoundState, RoundState } from './types';

/** The chair's designation of the counting board: distinct officials of units present at the conference. */
export function checkCountingBoard(s: CycleState, seats: readonly BoardSeatArgs[] | undefined): void {
  if (seats === undefined) return;
  if (
    !Array.isArray(seats) ||
    seats.length < COUNTING_BOARD_SIZE.min ||
    seats.length > COUNTING_BOARD_SIZE.max
  )
    refuse(
      'INVALID_INPUT',
      `Ban kiểm phiếu gồm từ ${COUNTING_BOARD_SIZE.min} đến ${COUNTING_BOARD_SIZE.max} thành viên (thường là 3).`,
    );
  if (new Set(seats.map((m) => m?.userId)).size !== seats.length)
    refuse('INVALID_INPUT', 'Một người được chọn hai lần vào Ban kiểm phiếu.');
  for (const m of seats) {
    if (typeof m?.userId !== 'string' || typeof m.name !== 'string' || m.name.trim() === '')
      refuse('INVALID_INPUT', 'Thành viên Ban kiểm phiếu cần có tài khoản và họ tên.');
    if (!s.attendance?.present.includes(m.unitId))
      refuse('INVALID_INPUT', `Thành viên Ban kiểm phiếu ${m.name} không thuộc đơn vị có mặt tại Hội nghị.`);
  }
}

export function boardState(seats: readonly BoardSeatArgs[]): EncryptedRoundState {
  return { seats: seats.map((m, i) => ({ seat: i + 1, userId: m.userId, unitId: m.unitId, name: m.name })) };
}

/** A runoff keeps its parent's board; the members register new shares (a key is bound to its round). */
export const runoffBoard = (parent: RoundState): EncryptedRoundState | undefined =>
  parent.board ? boardState(parent.board.seats) : undefined;

export const boardSeatsOf = (round: RoundState) =>
  round.board?.seats.map(({ seat, userId, unitId, name }) => ({ seat, userId, unitId, name }));

/** A notice to each member of the round's board, by account: register the key, or decrypt the sums. */
export const boardNotices = (
  ctx: CycleContext,
  round: RoundState,
  kind: 'vote.boardKey' | 'vote.boardDecrypt',
) =>
  (round.board?.seats ?? []).map((m) =>
    notice(ctx.state, { userId: m.userId }, kind, round.id, {
      roundId: round.id,
      voteKind: round.kind,
      seat: m.seat,
    }),
  );

const paramsOf = (round: RoundState) =>
  roundParams(
    round.id,
    round.candidates.map((c) => c.unitId),
    round.maxChoices,
  );

/** The caller's seat on the round's board: the user designated, acting for that unit. */
function seatOf(s: CycleState, a: { roundId: string; unitId: string; actor: Actor }) {
  const round = roundOf(s, a.roundId);
  const board = round.board;
  if (!board) refuse('INVALID_INPUT', 'Vòng bỏ phiếu này không dùng phiếu mã hóa.');
  const seat = board.seats.find((m) => m.userId === a.actor.userId && m.unitId === a.unitId);
  if (!seat) refuse('NOT_BOARD_MEMBER', undefined, { roundId: round.id });
  return { round, board, seat };
}

/** The activity's view of a round: the workflow's rule, seats, candidates and attendance. */
export function tallyInputOf(s: CycleState, round: RoundState, a?: CloseRoundArgs): TallyRoundInput {
  return {
    cycleId: s.cycleId,
    roundId: round.id,
    voteKind: round.kind,
    roundNumber: round.number,
    rule: ruleOf(s, round.kind),
    seats: round.seats,
    maxChoices: round.maxChoices,
    members: round.members,
    present: round.present,
    ballotsIssued: round.ballotsIssued,
    candidates: round.candidates,
    // Attendance cannot change while a round is open: these are the units that could vote.
    presentUnitIds: [...(s.attendance?.present ?? [])],
    ...(a ? { notVotedConfirmed: [...(a.notVotedUnitIds ?? [])] } : {}),
  };
}

const pendingSeats = (board: EncryptedRoundState, has: (m: BoardSeatState) => boolean) =>
  board.seats.filter((m) => !has(m)).map((m) => m.seat);

/** Closing an encrypted round seals its box; the count waits for the board's decryptions. */
export async function sealRound(
  ctx: CycleContext,
  round: RoundState,
  board: EncryptedRoundState,
  a: CloseRoundArgs,
): Promise<CloseRoundResult> {
  const sealed = await acts.sealEncryptedRound(tallyInputOf(ctx.state, round, a));
  board.sealed = sealed;
  round.status = 'counting';
  ctx.bump();
  await ctx.record({
    step: 'roundSealed',
    key: `sealed:${round.id}`,
    audit: {
      action: 'vote.tally',
      entity: 'voteRound',
      entityId: round.id,
      after: { sealed: true, ballots: sealed.ballotCount, voters: sealed.receiptUnitIds.length },
    },
    notifications: boardNotices(ctx, round, 'vote.boardDecrypt'),
  });
  return { ...ctx.ack(), roundId: round.id, outcome: 'counting', electedIds: [], tiedIds: [] };
}

export function registerEncryptedRoundSteps(ctx: CycleContext): void {
  const s = ctx.state;

  ctx.step('registerKeyShare', {
    unitOf: (a) => a.unitId,
    validate: (a: RegisterKeyShareArgs) => {
      const { round, seat } = seatOf(s, a);
      if (round.status !== 'open') refuse('ROUND_CLOSED');
      if (seat.registration) refuse('INVALID_INPUT', 'Thành viên này đã đăng ký khóa cho vòng bỏ phiếu.');
      if (a.registration?.member !== seat.seat)
        refuse('KEY_SHARE_INVALID', `Khóa phải được tạo cho ghế số ${seat.seat} của Ban kiểm phiếu.`);
      try {
        checkRegistration(round.id, a.registration);
      } catch (e) {
        refuse('KEY_SHARE_INVALID', undefined, { detail: (e as Error).message });
      }
    },
    apply: async (a): Promise<KeyShareResult> => {
      const { round, board, seat } = seatOf(s, a);
      const { member, publicShare, proof } = a.registration;
      seat.registration = { member, publicShare, proof: { c: proof.c, z: proof.z } };
      if (pendingSeats(board, (m) => m.registration !== undefined).length === 0) {
        const shares = board.seats.map((m) => pointFromHex(m.registration?.publicShare, 'publicShare'));
        board.publicKey = pointToHex(combinePublicKey(shares));
      }
      ctx.bump();
      await ctx.recordUpdate('registerKeyShare', a, {
        audit: {
          action: 'vote.keyShare',
          entity: 'voteRound',
          entityId: round.id,
          after: { seat: seat.seat, publicShare, publicKey: board.publicKey },
        },
        effects: [
          {
            kind: 'keyShareRegistered',
            roundId: round.id,
            registration: seat.registration,
            publicKey: board.publicKey,
          },
        ],
      });
      return { ...ctx.ack(), roundId: round.id, publicKey: board.publicKey };
    },
  });

  ctx.step('submitPartialDecryption', {
    unitOf: (a) => a.unitId,
    validate: (a: SubmitPartialDecryptionArgs) => {
      const { round, board, seat } = seatOf(s, a);
      if (round.status !== 'counting' || !board.sealed || !board.publicKey) refuse('COUNT_PENDING');
      if (seat.partial) refuse('INVALID_INPUT', 'Thành viên này đã gửi phần giải mã.');
      if (a.partial?.member !== seat.seat) refuse('PARTIAL_DECRYPTION_INVALID');
      try {
        const key = pointFromHex(board.publicKey, 'publicKey');
        const share = pointFromHex(seat.registration?.publicShare, 'publicShare');
        const sums = board.sealed.sums.map((c, i) => ciphertextFromJson(c, `sums[${i}]`));
        checkPartialDecryption(paramsOf(round), key, share, sums, a.partial);
      } catch (e) {
        refuse('PARTIAL_DECRYPTION_INVALID', undefined, { detail: (e as Error).message });
      }
    },
    apply: async (a): Promise<PartialDecryptionResult> => {
      const { round, board, seat } = seatOf(s, a);
      seat.partial = {
        member: a.partial.member,
        shares: a.partial.shares.map((x) => ({ d: x.d, proof: x.proof })),
      };
      const pending = pendingSeats(board, (m) => m.partial !== undefined);
      // The last decryption counts the round: nothing else may act on it meanwhile.
      if (pending.length === 0) round.status = 'closing';
      ctx.bump();
      await ctx.recordUpdate('submitPartialDecryption', a, {
        audit: {
          action: 'vote.decryptShare',
          entity: 'voteRound',
          entityId: round.id,
          after: { seat: seat.seat },
        },
        effects: [{ kind: 'partialDecryptionSubmitted', roundId: round.id, partial: seat.partial }],
      });
      if (pending.length > 0) return { ...ctx.ack(), roundId: round.id, pendingSeats: pending };
      let out: Awaited<ReturnType<typeof acts.countEncryptedRound>>;
      try {
        out = await acts.countEncryptedRound({
          ...tallyInputOf(s, round),
          countingBoard: board.seats.map((m) => ({ ...(m.registration as ShareRegistration), name: m.name })),
          partialDecryptions: board.seats.map((m) => m.partial as PartialDecryption),
        });
      } catch (error) {
        round.status = 'counting';
        throw error;
      }
      const { boardHash: _hash, ...tally } = out;
      const result = await applyTally(ctx, round, tally, a.updateId);
      await issueTallyMinutes(ctx, round);
      const runoff = s.rounds.find((r) => r.id === result.runoffRoundId);
      if (runoff) await issueBallot(ctx, runoff);
      return { ...ctx.ack(), roundId: round.id, pendingSeats: [], result: { ...result, ...ctx.ack() } };
    },
  });
}
