import {
  type Db,
  type DbOrTx,
  deleteSession,
  deleteStaleSessions,
  createSession as insertSession,
  touchSession,
} from '@thidua/db';
import { sessions, users } from '@thidua/db/schema';
import { eq, sql } from 'drizzle-orm';
import { principalColumns, toPrincipal } from './load-principal';
import type { AuthPolicy } from './policy';
import type { Principal } from './principal';
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
  await insertSession(db, {
    id,
    userId: input.userId,
    at: input.now,
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, id, expiresAt };
}

/**
 * The session and its user's principal in one statement, prepared once per database handle (parsed
 * and planned once per connection): every signed-in request runs it.
 */
const lookups = new WeakMap<Db, ReturnType<typeof prepareLookup>>();

function prepareLookup(db: Db) {
  return db
    .select({
      id: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      ...principalColumns,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare('session_principal');
}

/** Sessions whose last_seen_at is being written by this process: concurrent requests skip the write. */
const touching = new Set<string>();

/**
 * The principal of a live session token: past its absolute expiry or idle too long → deleted,
 * undefined; a deactivated user → undefined. last_seen_at moves forward at most once per touch
 * interval, so a session ends between `idleTimeout - touchInterval` and `idleTimeout` after its
 * last use, and a burst of requests costs one write, not one per request.
 */
export async function findSessionPrincipal(
  db: Db,
  token: string,
  now: Date,
  policy: AuthPolicy,
): Promise<Principal | undefined> {
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = prepareLookup(db);
    lookups.set(db, lookup);
  }
  const id = hashSessionToken(token);
  const [row] = await lookup.execute({ id });
  if (!row) return undefined;
  const idleSince = now.getTime() - row.lastSeenAt.getTime();
  if (row.expiresAt.getTime() <= now.getTime() || idleSince >= policy.idleTimeoutMs) {
    await deleteSession(db, id);
    return undefined;
  }
  if (idleSince >= policy.touchIntervalMs && !touching.has(id)) {
    touching.add(id);
    try {
      await touchSession(db, id, now);
    } finally {
      touching.delete(id);
    }
  }
  return toPrincipal(row, row.id);
}

/** Housekeeping: expired and idle rows (called opportunistically at sign-in). */
export async function purgeExpiredSessions(db: DbOrTx, now: Date, policy: AuthPolicy): Promise<void> {
  await deleteStaleSessions(db, { now, idleSince: new Date(now.getTime() - policy.idleTimeoutMs) });
}
