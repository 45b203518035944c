import { DomainError, normalizeStrings } from '@thidua/domain';
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { ballotBoardMembers, ballotBoards, type EncryptedBallotJson, encryptedBallots } from '../schema';

/**
 * Encrypted rounds (see @thidua/ballot-crypto): the counting board's public shares, the round's key,
 * the encrypted ballots (no unit, user, time or sequence), the sums sealed at close, the members'
 * partial decryptions and the published bulletin board. Nothing stored here depends on a choice
 * except the ciphertexts and their proofs; the choices exist only in the voters' browsers.
 */

/** A seat of the counting board as the chair designated it when opening the round. */
export interface BoardSeat {
  seat: number;
  userId: string;
  unitId: string;
  name: string;
}

type ProofJson = { c: string; z: string };
export interface PartialDecryptionJson {
  member: number;
  shares: { d: string; proof: ProofJson }[];
}

export async function recordCountingBoard(tx: DbOrTx, roundId: string, seats: readonly BoardSeat[]) {
  await tx.insert(ballotBoards).values({ roundId }).onConflictDoNothing();
  if (seats.length === 0) return;
  await tx
    .insert(ballotBoardMembers)
    .values(seats.map((s) => normalizeStrings({ roundId, ...s })))
    .onConflictDoNothing();
}

/** A member's registered share (checked by the workflow); the round's key once the last one is in. */
export async function recordKeyShare(
  tx: DbOrTx,
  input: {
    roundId: string;
    seat: number;
    publicShare: string;
    proof: ProofJson;
    publicKey?: string | undefined;
  },
) {
  await tx
    .update(ballotBoardMembers)
    .set({ publicShare: input.publicShare, shareProof: input.proof })
    .where(
      sql`${ballotBoardMembers.roundId} = ${input.roundId} and ${ballotBoardMembers.seat} = ${input.seat}`,
    );
  if (input.publicKey)
    await tx
      .update(ballotBoards)
      .set({ publicKey: input.publicKey })
      .where(eq(ballotBoards.roundId, input.roundId));
}

/** A member's partial decryption of the sums (checked by the workflow). */
export async function recordPartialDecryption(
  tx: DbOrTx,
  input: { roundId: string; seat: number; partial: PartialDecryptionJson },
) {
  await tx
    .update(ballotBoardMembers)
    .set({ partialDecryption: input.partial })
    .where(
      sql`${ballotBoardMembers.roundId} = ${input.roundId} and ${ballotBoardMembers.seat} = ${input.seat}`,
    );
}

export type BallotBoardRow = typeof ballotBoards.$inferSelect;

/** The round's board row, or undefined for a plaintext round. */
export async function ballotBoardOf(db: DbOrTx, roundId: string): Promise<BallotBoardRow | undefined> {
  const [row] = await db.select().from(ballotBoards).where(eq(ballotBoards.roundId, roundId));
  return row;
}

/** The encrypted round's board for casting: its key must be published and the casting not sealed. */
export async function openBallotBoard(
  tx: Tx,
  roundId: string,
): Promise<BallotBoardRow & { publicKey: string }> {
  const board = await ballotBoardOf(tx, roundId);
  if (!board) throw new DomainError('NOT_FOUND', 'Vòng bỏ phiếu này không nhận phiếu mã hóa.', { roundId });
  if (board.sealedAt) throw new DomainError('ROUND_CLOSED', undefined, { roundId });
  if (!board.publicKey) throw new DomainError('BOARD_KEY_PENDING', undefined, { roundId });
  return board as BallotBoardRow & { publicKey: string };
}

/** Every ciphertext of the round's ballots ("a" points), to refuse a copied ballot. */
export async function storedCiphertexts(tx: Tx, roundId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ ballot: encryptedBallots.ballot })
    .from(encryptedBallots)
    .where(eq(encryptedBallots.roundId, roundId));
  return new Set(rows.flatMap((r) => [...r.ballot.choices, r.ballot.blank].map((m) => m.a)));
}

export async function insertEncryptedBallot(
  tx: Tx,
  input: { roundId: string; tracker: string; ballot: EncryptedBallotJson },
) {
  await tx.insert(encryptedBallots).values(input);
}

/** The stored ballots of a round, in tracker order (as the bulletin board lists them). */
export function encryptedBallotsOf(db: DbOrTx, roundId: string) {
  return db
    .select({ tracker: encryptedBallots.tracker, ballot: encryptedBallots.ballot })
    .from(encryptedBallots)
    .where(eq(encryptedBallots.roundId, roundId))
    .orderBy(asc(encryptedBallots.tracker));
}

export function boardMembersOf(db: DbOrTx, roundId: string) {
  return db
    .select()
    .from(ballotBoardMembers)
    .where(eq(ballotBoardMembers.roundId, roundId))
    .orderBy(asc(ballotBoardMembers.seat));
}

/** Casting ends: the sums per column and the number of ballots they add up. */
export async function sealBallotBoard(
  tx: Tx,
  input: { roundId: string; sums: { a: string; b: string }[]; ballotCount: number; at: Date },
) {
  await tx
    .update(ballotBoards)
    .set({ sealedAt: input.at, sums: input.sums, ballotCount: input.ballotCount })
    .where(eq(ballotBoards.roundId, input.roundId));
}

/** The bulletin board as published (the file downloaded) and its SHA-256. */
export async function publishBallotBoard(tx: Tx, input: { roundId: string; file: string; hash: string }) {
  await tx
    .update(ballotBoards)
    .set({ boardFile: input.file, boardHash: input.hash })
    .where(eq(ballotBoards.roundId, input.roundId));
}
