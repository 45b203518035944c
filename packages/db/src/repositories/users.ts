import { nfc, type RoleGrant } from '@thidua/domain';
import { and, desc, eq, gt, inArray, isNull, lt, ne, or } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { withDbErrors } from '../errors';
import { sessions, userRoles, users } from '../schema';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type UserRoleRow = typeof userRoles.$inferSelect;

/** Usernames are stored NFC, trimmed, lower-case: the same key the login form is reduced to. */
export const normalizeUsername = (username: string): string => nfc(username.trim()).toLowerCase();

export async function findUserByUsername(db: DbOrTx, username: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.username, normalizeUsername(username)));
  return row;
}

export async function getUser(db: DbOrTx, userId: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row;
}

export async function createUser(
  db: DbOrTx,
  input: {
    username: string;
    passwordHash: string;
    displayName: string;
    title?: string;
    mustChangePassword?: boolean;
  },
): Promise<UserRow> {
  const rows = await withDbErrors(() =>
    db
      .insert(users)
      .values({
        username: normalizeUsername(input.username),
        passwordHash: input.passwordHash,
        displayName: nfc(input.displayName.trim()),
        title: input.title ? nfc(input.title.trim()) : null,
        mustChangePassword: input.mustChangePassword ?? true,
      })
      .returning(),
  );
  return rows[0] as UserRow;
}

/** A stored grant in the domain's shape (scope + optional year). */
export function toRoleGrant(r: UserRoleRow): RoleGrant {
  const scope =
    r.scopeKind === 'unit'
      ? { kind: 'unit' as const, unitId: r.unitId as string }
      : r.scopeKind === 'bloc'
        ? { kind: 'bloc' as const, blocId: r.blocId as string }
        : r.scopeKind === 'province'
          ? { kind: 'province' as const, provinceId: r.provinceId as string }
          : { kind: 'global' as const };
  return { role: r.role, scope, ...(r.year !== null ? { year: r.year } : {}) };
}

/** The user's grants in the domain's shape, for the API's role checks. */
export async function loadRoleGrants(db: DbOrTx, userId: string): Promise<RoleGrant[]> {
  const rows = await db.select().from(userRoles).where(eq(userRoles.userId, userId));
  return rows.map(toRoleGrant);
}

/** Adds a grant; returns its id. */
export async function grantRole(db: DbOrTx, userId: string, grant: RoleGrant): Promise<string> {
  const s = grant.scope;
  const [row] = await withDbErrors(() =>
    db
      .insert(userRoles)
      .values({
        userId,
        role: grant.role,
        scopeKind: s.kind,
        unitId: s.kind === 'unit' ? s.unitId : null,
        blocId: s.kind === 'bloc' ? s.blocId : null,
        provinceId: s.kind === 'province' ? s.provinceId : null,
        year: grant.year ?? null,
      })
      .returning({ id: userRoles.id }),
  );
  return (row as { id: string }).id;
}

/** A new password hash; `mustChangePassword` for a one-time password. False when no such user. */
export async function setPasswordHash(
  db: DbOrTx,
  input: { userId: string; passwordHash: string; mustChangePassword: boolean },
): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ passwordHash: input.passwordHash, mustChangePassword: input.mustChangePassword })
    .where(eq(users.id, input.userId))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Deactivates (never deletes: ids stay valid for the foreign keys) or reactivates. False when no such user. */
export async function setUserActive(db: DbOrTx, userId: string, active: boolean): Promise<boolean> {
  const rows = await db.update(users).set({ active }).where(eq(users.id, userId)).returning({ id: users.id });
  return rows.length > 0;
}

/** Removes one grant of the user; returns it, or undefined when the user has no such grant. */
export async function revokeRoleGrant(
  db: DbOrTx,
  input: { userId: string; grantId: string },
): Promise<UserRoleRow | undefined> {
  const [removed] = await db
    .delete(userRoles)
    .where(and(eq(userRoles.id, input.grantId), eq(userRoles.userId, input.userId)))
    .returning();
  return removed;
}

// --- sessions: the id is the SHA-256 (hex) of the cookie token, computed by the API -------------

export async function createSession(
  db: DbOrTx,
  input: {
    id: string;
    userId: string;
    expiresAt: Date;
    /** Creation and first use; defaults to the database clock. */
    at?: Date;
    ip?: string | null;
    userAgent?: string | null;
  },
): Promise<void> {
  await withDbErrors(() =>
    db.insert(sessions).values({
      id: input.id,
      userId: input.userId,
      expiresAt: input.expiresAt,
      ...(input.at ? { createdAt: input.at, lastSeenAt: input.at } : {}),
      ip: input.ip ?? null,
      userAgent: input.userAgent ?? null,
    }),
  );
}

/** A live session with its active user; expired sessions and inactive users read as none. */
export async function findSession(db: DbOrTx, id: string, now = new Date()) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), eq(users.active, true)));
  return row;
}

/** Marks the session used at `now`; never moves it backwards (another replica may have written it). */
export async function touchSession(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, id), lt(sessions.lastSeenAt, now)));
}

export async function deleteSession(db: DbOrTx, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** The user's sessions, most recently used first. */
export async function listUserSessions(db: DbOrTx, userId: string): Promise<SessionRow[]> {
  return db.select().from(sessions).where(eq(sessions.userId, userId)).orderBy(desc(sessions.lastSeenAt));
}

/** Ends one session of the user; false when the user has no such session. */
export async function deleteUserSession(
  db: DbOrTx,
  input: { userId: string; sessionId: string },
): Promise<boolean> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.id, input.sessionId), eq(sessions.userId, input.userId)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** Signs the user out everywhere (password reset), or everywhere but `exceptId` (own password change). */
export async function deleteUserSessions(db: DbOrTx, userId: string, exceptId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      exceptId ? and(eq(sessions.userId, userId), ne(sessions.id, exceptId)) : eq(sessions.userId, userId),
    );
}

/** Housekeeping: sessions past their expiry at `now`, or unused since before `idleSince`. */
export async function deleteStaleSessions(db: DbOrTx, input: { now: Date; idleSince: Date }): Promise<void> {
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, input.now), lt(sessions.lastSeenAt, input.idleSince)));
}

/**
 * The bloc's leadership rights change hands with the year: the heads of next year's elected units
 * (the users holding Thủ trưởng đơn vị of each) get that year's Trưởng/Phó Khối grant, and this
 * year's Trưởng/Phó Khối grants of the bloc end. Answers who got which grant.
 */
export async function handOverBlocLeadership(
  tx: DbOrTx,
  input: { blocId: string; fromYear: number; headUnitId: string; deputyUnitId: string | null },
): Promise<{ userId: string; role: 'blocHead' | 'blocDeputy' }[]> {
  const toYear = input.fromYear + 1;
  await tx
    .delete(userRoles)
    .where(
      and(
        inArray(userRoles.role, ['blocHead', 'blocDeputy']),
        eq(userRoles.blocId, input.blocId),
        eq(userRoles.year, input.fromYear),
      ),
    );
  const granted: { userId: string; role: 'blocHead' | 'blocDeputy' }[] = [];
  // A conference that elected no deputy hands over the head's rights only.
  const elected = [
    ['blocHead', input.headUnitId],
    ...(input.deputyUnitId ? ([['blocDeputy', input.deputyUnitId]] as const) : []),
  ] as const;
  for (const [role, unitId] of elected) {
    const heads = await tx
      .select({ userId: userRoles.userId })
      .from(userRoles)
      .innerJoin(users, eq(users.id, userRoles.userId))
      .where(
        and(
          eq(userRoles.role, 'unitHead'),
          eq(userRoles.unitId, unitId),
          or(isNull(userRoles.year), eq(userRoles.year, toYear)),
          eq(users.active, true),
        ),
      );
    for (const { userId } of heads) {
      await tx
        .insert(userRoles)
        .values({ userId, role, scopeKind: 'bloc', blocId: input.blocId, year: toYear })
        .onConflictDoNothing();
      granted.push({ userId, role });
    }
  }
  return granted;
}
