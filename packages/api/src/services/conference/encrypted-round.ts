import { type PartialDecryption, roundParams, type ShareRegistration } from '@thidua/ballot-crypto';
import { ballotBoardOf, boardMembersOf, type DbOrTx } from '@thidua/db';
import { attendance, conferenceSessions, userRoles, users, voteRounds } from '@thidua/db/schema';
import { DomainError } from '@thidua/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';

/**
 * An encrypted round's board (see packages/workflows/src/cycle/encrypted-rounds.ts): the chair
 * designates its members, their devices register key shares and, after the close, partial
 * decryptions (both checked by the workflow's validators); everyone in the bloc reads its public
 * record and downloads the bulletin board.
 */

const cycleOf = (ctx: ServiceContext) => ctx.access.target.cycleId as string;

/**
 * Who may sit on a round's counting board: the active officials (Thủ trưởng or cán bộ) of the units
 * recorded present at the year's conference, in name order. The chair's screen offers exactly these.
 */
export async function boardOfficials(db: DbOrTx, cycleId: string) {
  const rows = await db
    .selectDistinct({ userId: users.id, name: users.displayName, unitId: userRoles.unitId })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .innerJoin(attendance, and(eq(attendance.unitId, userRoles.unitId), eq(attendance.mode, 'present')))
    .innerJoin(conferenceSessions, eq(conferenceSessions.id, attendance.sessionId))
    .where(
      and(
        eq(users.active, true),
        inArray(userRoles.role, ['unitHead', 'unitOfficer']),
        eq(conferenceSessions.cycleId, cycleId),
      ),
    )
    .orderBy(asc(users.displayName));
  return rows.flatMap((r) => (r.unitId ? [{ ...r, unitId: r.unitId }] : []));
}

/** The counting board as the chair names it (accounts, in seat order), each one of `boardOfficials`. */
export async function resolveCountingBoard(ctx: ServiceContext, cycleId: string, userIds: readonly string[]) {
  if (new Set(userIds).size !== userIds.length)
    throw new DomainError('INVALID_INPUT', 'Một người được chọn hai lần vào Ban kiểm phiếu.');
  const officials = await boardOfficials(ctx.db, cycleId);
  return userIds.map((userId) => {
    const row = officials.find((r) => r.userId === userId);
    if (!row)
      throw new DomainError(
        'INVALID_INPUT',
        'Thành viên Ban kiểm phiếu phải là cán bộ của một đơn vị có mặt tại Hội nghị, tài khoản đang hoạt động.',
        { userId },
      );
    return { userId, unitId: row.unitId, name: row.name };
  });
}

export function registerKeyShare(
  ctx: ServiceContext,
  input: { roundId: string; unitId: string; registration: ShareRegistration },
) {
  return runStep(ctx, cycleOf(ctx), 'registerKeyShare', ctx.access.actor, input);
}

export function submitPartialDecryption(
  ctx: ServiceContext,
  input: { roundId: string; unitId: string; partial: PartialDecryption },
) {
  return runStep(ctx, cycleOf(ctx), 'submitPartialDecryption', ctx.access.actor, input);
}

/**
 * What the voters' browsers and the board's devices need: the round's candidates and limit, the
 * board (who, which seats have registered and decrypted), the key once published, the sums once
 * sealed, the bulletin board's hash once counted. Public values only.
 */
export async function ballotBoardView(ctx: ServiceContext, roundId: string) {
  const [round] = await ctx.db.select().from(voteRounds).where(eq(voteRounds.id, roundId));
  if (!round) throw new DomainError('NOT_FOUND', 'Không tìm thấy vòng bỏ phiếu.', { roundId });
  const board = await ballotBoardOf(ctx.db, roundId);
  const members = board ? await boardMembersOf(ctx.db, roundId) : [];
  return {
    roundId,
    encrypted: board !== undefined,
    status: round.status,
    candidates: round.candidates.map((c) => ({ unitId: c.unitId, name: c.name ?? c.unitId })),
    /** The limit the ballots prove (see roundParams). */
    maxChoices: roundParams(
      roundId,
      round.candidates.map((c) => c.unitId),
      round.maxChoices,
    ).maxChoices,
    members: members.map((m) => ({
      seat: m.seat,
      userId: m.userId,
      unitId: m.unitId,
      name: m.name,
      publicShare: m.publicShare,
      decrypted: m.partialDecryption !== null,
    })),
    publicKey: board?.publicKey ?? null,
    sealed: board?.sealedAt != null,
    sums: board?.sums ?? null,
    ballotCount: board?.ballotCount ?? null,
    boardHash: board?.boardHash ?? null,
  };
}

/** The published bulletin board (SPEC.md format), as `npm run verify-round` reads it, and its SHA-256. */
export async function bulletinBoardFile(ctx: ServiceContext, roundId: string) {
  const board = await ballotBoardOf(ctx.db, roundId);
  if (!board?.boardFile || !board.boardHash)
    throw new DomainError('COUNT_PENDING', 'Kết quả của vòng bỏ phiếu chưa được công bố.', { roundId });
  return {
    fileName: `bang-tin-${roundId.replaceAll(':', '-')}.json`,
    file: board.boardFile,
    hash: board.boardHash,
  };
}
