import type { DbOrTx } from '@thidua/db';
import { sessions } from '@thidua/db/schema';
import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { AuthPolicy } from './policy';
import { hashSessionToken, newSessionToken } from './token';

export interface NewSession {
  token: string;
  id: string;
  expiresAt: Date;
}

export async function createSession(
  db: DbOrTx,
  input: { userId: string; ip: string | null; userAgent: string | null; now: Date; policy: AuthPolicy },
): Promise<NewSession> {
  const token = newSessionToken();
  const id = hashSessionToken(token);
  const expiresAt = new Date(input.now.getTime() + input.policy.absoluteTimeoutMs);
  await db.insert(sessions).values({
    id,
    userId: input.userId,
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, id, expiresAt };
}

/**
 * The live session of a token: past its absolute expiry or idle too long → deleted, undefined.
 * Otherwise last_seen_at moves forward (at most once per touch interval).
 */
export async function findLiveSession(
  db: DbOrTx,
  token: string,
  now: Date,
  policy: AuthPolicy,
): Promise<{ id: string; userId: string } | undefined> {
  const id = hashSessionToken(token);
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  if (!row) return undefined;
  const idleSince = now.getTime() - row.lastSeenAt.getTime();
  if (row.expiresAt.getTime() <= now.getTime() || idleSince >= policy.idleTimeoutMs) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return undefined;
  }
  if (idleSince >= policy.touchIntervalMs) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return { id: row.id, userId: row.userId };
}

export async function deleteSession(db: DbOrTx, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Signs the user out everywhere (password reset), or everywhere but here (own password change). */
export async function deleteUserSessions(db: DbOrTx, userId: string, exceptId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      exceptId ? and(eq(sessions.userId, userId), ne(sessions.id, exceptId)) : eq(sessions.userId, userId),
    );
}

/** Housekeeping: expired and idle rows (called opportunistically at sign-in). */
export async function purgeExpiredSessions(db: DbOrTx, now: Date, policy: AuthPolicy): Promise<void> {
  const idleCut = new Date(now.getTime() - policy.idleTimeoutMs);
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleCut)));
}
