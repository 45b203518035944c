import {
  assertValidBallot,
  type Ballot,
  type Candidate,
  DomainError,
  normalizeStrings,
  readBallot,
  type TallyInput,
  type TallyResult,
  type VoteKind,
  type VoteRule,
} from '@thidua/domain';
import { and, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { ofCycleYear } from '../conditions';
import { withDbErrors } from '../errors';
import {
  attendance,
  ballotReceipts,
  ballots,
  blocMemberships,
  conferenceSessions,
  cycles,
  type EncryptedBallotJson,
  voteRounds,
  writtenOpinions,
} from '../schema';
import {
  ballotBoardOf,
  insertEncryptedBallot,
  openBallotBoard,
  storedCiphertexts,
} from './encrypted-ballots';

/**
 * Secret ballots. PostgreSQL is the ballot box and the only place a ballot is accepted: the commit
 * of the casting transaction (receipt + anonymous ballot + the caller's "unit voted" audit row) is
 * the acceptance, and the round's tally reads the receipts as the truth of who voted.
 * How a ballot stays unlinkable from its voter:
 * - `ballots` has no unit, user, timestamp or sequence column; `ballot_receipts` (round, unit) has
 *   no ballot id and no timestamp. Nothing is shared but the round.
 * - Both rows are written in the same transaction, so they would share `xmin` (the inserting
 *   transaction id) and consecutive physical positions (`ctid`). Casting a ballot therefore
 *   "re-seals the urn": it deletes the round's ballots and re-inserts all of them, the new one
 *   included, in random order with fresh random UUIDs. After every cast all ballots of a round
 *   carry the same xmin and a random order, so neither system column links a ballot to a receipt.
 * - Casting locks the round row, so re-seals of a round never interleave.
 * - The audit log records "unit voted in round", never choices.
 * Residual, outside the application's reach: dead tuple versions stay on disk until VACUUM
 * (readable only by a superuser with pageinspect), and server statement logs if enabled.
 */

export interface OpenRoundInput {
  sessionId: string;
  voteKind: VoteKind;
  rule: VoteRule;
  candidates: readonly Candidate[];
  ballotsIssued: number;
  /** Runoffs: the round they continue, and the seats still to fill. */
  parentRoundId?: string;
  roundNumber?: number;
  seats?: number;
  maxChoices?: number;
}

export async function openVoteRound(tx: DbOrTx, input: OpenRoundInput): Promise<string> {
  const rows = await withDbErrors(() =>
    tx
      .insert(voteRounds)
      .values({
        sessionId: input.sessionId,
        voteKind: input.voteKind,
        roundNumber: input.roundNumber ?? 1,
        parentRoundId: input.parentRoundId ?? null,
        rule: normalizeStrings(input.rule),
        seats: input.seats ?? input.rule.seats,
        maxChoices: input.maxChoices ?? input.rule.maxChoices,
        candidates: normalizeStrings([...input.candidates]),
        ballotsIssued: input.ballotsIssued,
      })
      .returning({ id: voteRounds.id }),
  );
  return (rows[0] as { id: string }).id;
}

export type RoundRow = typeof voteRounds.$inferSelect;

/** Locks the round for the rest of the transaction; refuses unknown or closed rounds. */
async function lockOpenRound(tx: Tx, roundId: string): Promise<RoundRow> {
  const [round] = await tx.select().from(voteRounds).where(eq(voteRounds.id, roundId)).for('update');
  if (!round) throw new DomainError('NOT_FOUND', 'Không tìm thấy vòng bỏ phiếu.', { roundId });
  if (round.status !== 'open') throw new DomainError('ROUND_CLOSED', undefined, { roundId });
  return round;
}

/** The voter must be a member unit of the bloc in the cycle's year. */
async function assertMember(tx: Tx, sessionId: string, unitId: string): Promise<void> {
  const rows = await tx
    .select({ unitId: blocMemberships.unitId })
    .from(conferenceSessions)
    .innerJoin(cycles, eq(cycles.id, conferenceSessions.cycleId))
    .innerJoin(blocMemberships, ofCycleYear(blocMemberships))
    .where(and(eq(conferenceSessions.id, sessionId), eq(blocMemberships.unitId, unitId)));
  if (rows.length === 0) throw new DomainError('NOT_A_MEMBER', undefined, { unitId });
}

/**
 * The voter must be recorded present at the round's conference session (absent members may only send
 * a written opinion). Attendance cannot change while a round is open: the workflow refuses it.
 */
async function assertPresent(tx: Tx, sessionId: string, unitId: string): Promise<void> {
  const rows = await tx
    .select({ unitId: attendance.unitId })
    .from(attendance)
    .where(
      and(eq(attendance.sessionId, sessionId), eq(attendance.unitId, unitId), eq(attendance.mode, 'present')),
    );
  if (rows.length === 0) throw new DomainError('NOT_PRESENT', undefined, { unitId });
}

/** An encrypted round takes encrypted ballots only: a plaintext choice never reaches the server there. */
async function refuseEncrypted(tx: Tx, roundId: string): Promise<void> {
  if (await ballotBoardOf(tx, roundId))
    throw new DomainError(
      'INVALID_INPUT',
      'Vòng bỏ phiếu này dùng phiếu mã hóa: phiếu được mã hóa trên thiết bị của đại biểu trước khi gửi.',
      { roundId },
    );
}

/** Inserts the receipt; a second one for the unit in this round is ALREADY_VOTED. */
async function insertReceipt(tx: Tx, roundId: string, unitId: string): Promise<void> {
  const inserted = await tx
    .insert(ballotReceipts)
    .values({ roundId, unitId })
    .onConflictDoNothing()
    .returning({ unitId: ballotReceipts.unitId });
  if (inserted.length === 0) throw new DomainError('ALREADY_VOTED', undefined, { roundId, unitId });
}

export interface CastBallotInput {
  roundId: string;
  unitId: string;
  choices: Ballot;
  /** Paper ballots entered by the counting board keep their defects (counted invalid). Default: refuse. */
  acceptInvalid?: boolean;
}

/**
 * Records a unit's ballot and its receipt in the caller's transaction. Refuses, before writing
 * anything: an unknown or closed round, a non-member, a member not present at the conference
 * (NOT_PRESENT), a defective ballot (unless `acceptInvalid`), and a second ballot from the same unit
 * (ALREADY_VOTED). The round row stays locked until the caller commits, so the tally, which takes
 * the same lock to close the round, counts every ballot committed before it and none after.
 */
export async function recordBallot(tx: Tx, input: CastBallotInput): Promise<void> {
  const round = await lockOpenRound(tx, input.roundId);
  await refuseEncrypted(tx, input.roundId);
  await assertMember(tx, round.sessionId, input.unitId);
  await assertPresent(tx, round.sessionId, input.unitId);
  const choices = normalizeStrings(input.choices);
  const ctx = {
    candidates: round.candidates,
    maxChoices: round.maxChoices,
    ineligibleChoice: round.rule.ineligibleChoice,
  };
  if (!input.acceptInvalid) assertValidBallot(choices, ctx);
  const reading = readBallot(choices, ctx);
  await insertReceipt(tx, input.roundId, input.unitId);
  await tx.execute(sql`
    with urn as (
      delete from ${ballots} where ${ballots.roundId} = ${input.roundId}
      returning ${ballots.choices} as choices, ${ballots.valid} as valid, ${ballots.invalidReason} as invalid_reason
    ), sealed as (
      select choices, valid, invalid_reason from urn
      union all
      select ${JSON.stringify(choices)}::jsonb, ${reading.valid}, ${reading.reason ?? null}::ballot_invalid_reason
    )
    insert into ${ballots} (id, round_id, choices, valid, invalid_reason)
    select gen_random_uuid(), ${input.roundId}, choices, valid, invalid_reason from sealed order by random()`);
}

/** A written opinion of an absent member: not secret (a signed letter); it also takes the receipt. */
export async function recordWrittenOpinion(
  tx: Tx,
  input: { roundId: string; unitId: string; choices: Ballot; receivedOn?: string },
): Promise<void> {
  const round = await lockOpenRound(tx, input.roundId);
  await refuseEncrypted(tx, input.roundId);
  if (!round.rule.writtenOpinionsOfAbsentAllowed) throw new DomainError('WRITTEN_OPINIONS_NOT_ALLOWED');
  await assertMember(tx, round.sessionId, input.unitId);
  await insertReceipt(tx, input.roundId, input.unitId);
  await tx.insert(writtenOpinions).values({
    roundId: input.roundId,
    unitId: input.unitId,
    choices: normalizeStrings(input.choices),
    receivedOn: input.receivedOn ?? null,
  });
}

/** Closes the round and caches the domain's tally (a pure function of the stored inputs). */
export async function closeVoteRound(
  tx: Tx,
  input: { roundId: string; tally?: TallyResult; closedAt?: Date },
): Promise<void> {
  await lockOpenRound(tx, input.roundId);
  await tx
    .update(voteRounds)
    .set({ status: 'closed', closedAt: input.closedAt ?? new Date(), tally: input.tally ?? null })
    .where(eq(voteRounds.id, input.roundId));
}

/** Everything the domain's tallyRound needs, read from the stored inputs of a round. */
export async function loadTallyInput(db: DbOrTx, roundId: string): Promise<TallyInput> {
  const [round] = await db.select().from(voteRounds).where(eq(voteRounds.id, roundId));
  if (!round) throw new DomainError('NOT_FOUND', 'Không tìm thấy vòng bỏ phiếu.', { roundId });
  const [scope] = await db
    .select({ blocId: cycles.blocId, year: cycles.year })
    .from(conferenceSessions)
    .innerJoin(cycles, eq(cycles.id, conferenceSessions.cycleId))
    .where(eq(conferenceSessions.id, round.sessionId));
  if (!scope) throw new DomainError('NOT_FOUND', 'Không tìm thấy hội nghị của vòng bỏ phiếu.', { roundId });
  const [members] = await db
    .select({ n: count() })
    .from(blocMemberships)
    .where(and(eq(blocMemberships.blocId, scope.blocId), eq(blocMemberships.year, scope.year)));
  const [present] = await db
    .select({ n: count() })
    .from(attendance)
    .where(and(eq(attendance.sessionId, round.sessionId), eq(attendance.mode, 'present')));
  const cast = await db
    .select({ choices: ballots.choices })
    .from(ballots)
    .where(eq(ballots.roundId, roundId));
  const written = await db
    .select({ choices: writtenOpinions.choices })
    .from(writtenOpinions)
    .where(eq(writtenOpinions.roundId, roundId));
  return {
    voteKind: round.voteKind,
    rule: round.rule,
    roundNumber: round.roundNumber,
    seats: round.seats,
    maxChoices: round.maxChoices,
    members: members?.n ?? 0,
    present: present?.n ?? 0,
    ballotsIssued: round.ballotsIssued,
    candidates: round.candidates,
    ballots: cast.map((b) => b.choices),
    writtenOpinions: written.map((w) => w.choices),
  };
}

/**
 * An encrypted ballot and its receipt, in the caller's transaction. The round row is locked (as for a
 * plaintext ballot), the voter must be a member present at the session, the round's key published
 * and the casting not sealed; `verify` (the caller's check of the proofs, against the round's
 * candidates, limit and key) gives the tracker, and no ciphertext may repeat one already in the urn.
 * The receipt ("unit U voted in round R") and the ballot share nothing but the round; the ballot
 * holds its tracker, ciphertexts and proofs only.
 */
export async function recordEncryptedBallot(
  tx: Tx,
  input: {
    roundId: string;
    unitId: string;
    ballot: EncryptedBallotJson;
    verify: (round: RoundRow, publicKey: string) => string;
  },
): Promise<{ tracker: string }> {
  const round = await lockOpenRound(tx, input.roundId);
  const board = await openBallotBoard(tx, input.roundId);
  await assertMember(tx, round.sessionId, input.unitId);
  await assertPresent(tx, round.sessionId, input.unitId);
  const tracker = input.verify(round, board.publicKey);
  const stored = await storedCiphertexts(tx, input.roundId);
  if ([...input.ballot.choices, input.ballot.blank].some((m) => stored.has(m.a)))
    throw new DomainError(
      'BALLOT_PROOF_INVALID',
      'Phiếu bầu trùng bản mã với một phiếu đã có trong hòm phiếu.',
    );
  await insertReceipt(tx, input.roundId, input.unitId);
  await insertEncryptedBallot(tx, { roundId: input.roundId, tracker, ballot: input.ballot });
  return { tracker };
}
