import { type Db, deleteUserSession, deleteUserSessions, listUserSessions } from '@thidua/db';
import { DomainError } from '@thidua/domain';
import { audit } from '../../audit/record';
import type { AuthPolicy } from '../../auth/policy';
import type { Principal } from '../../auth/principal';

/**
 * The signed-in user's own sessions: where and with what each was opened, when it was last used and
 * when it ends at the latest; the one making the request is marked. Sessions past their idle or
 * absolute limit are left out (they are gone at their next use).
 */
export async function listOwnSessions(db: Db, principal: Principal, now: Date, policy: AuthPolicy) {
  const rows = await listUserSessions(db, principal.userId);
  return rows
    .filter((s) => s.expiresAt > now && now.getTime() - s.lastSeenAt.getTime() < policy.idleTimeoutMs)
    .map((s) => ({
      sessionId: s.id,
      current: s.id === principal.sessionId,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      endsAt: new Date(Math.min(s.expiresAt.getTime(), s.lastSeenAt.getTime() + policy.idleTimeoutMs)),
      ip: s.ip,
      userAgent: s.userAgent,
    }));
}

/** Ends one of the user's own sessions (another user's is not found); returns whether it was the current one. */
export async function endOwnSession(db: Db, principal: Principal, sessionId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await deleteUserSession(tx, { userId: principal.userId, sessionId })))
      throw new DomainError('NOT_FOUND', 'Không tìm thấy phiên đăng nhập.');
    await audit(
      tx,
      { userId: principal.userId },
      { action: 'auth.endSession', entity: 'user', entityId: principal.userId },
    );
    return sessionId === principal.sessionId;
  });
}

/** Ends every session of the user but the one making the request. */
export async function endOtherSessions(db: Db, principal: Principal): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteUserSessions(tx, principal.userId, principal.sessionId ?? undefined);
    await audit(
      tx,
      { userId: principal.userId },
      { action: 'auth.endSession', entity: 'user', entityId: principal.userId, after: { others: true } },
    );
  });
}
