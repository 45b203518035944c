import {
  type DbOrTx,
  deleteUserSessions,
  getUser,
  hashPassword,
  grantRole as insertGrant,
  createUser as insertUser,
  notify,
  recordLoginUnlock,
  revokeRoleGrant,
  setPasswordHash,
  setUserActive,
  toRoleGrant,
} from '@thidua/db';
import { userRoles, users } from '@thidua/db/schema';
import { DomainError, privilegedRoles, type RoleGrant, roleLabels } from '@thidua/domain';
import { and, asc, count, eq, ilike, inArray, or } from 'drizzle-orm';
import { audit } from '../../audit/record';
import { temporaryPassword } from '../../auth/temporary-password';
import type { ServiceContext } from '../context';
import { assertRoleChangeAllowed } from './role-guard';

export async function listUsers(
  ctx: ServiceContext,
  input: { query?: string | undefined; page: { limit: number; offset: number } },
) {
  const where = input.query
    ? or(
        ilike(users.username, `%${escapeLike(input.query)}%`),
        ilike(users.displayName, `%${escapeLike(input.query)}%`),
      )
    : undefined;
  const rows = await ctx.db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      title: users.title,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(where)
    .orderBy(asc(users.username))
    .limit(input.page.limit)
    .offset(input.page.offset);
  const [total] = await ctx.db.select({ n: count() }).from(users).where(where);
  const userIds = rows.map((u) => u.id);
  const grants = userIds.length
    ? await ctx.db.select().from(userRoles).where(inArray(userRoles.userId, userIds))
    : [];
  return {
    total: total?.n ?? 0,
    rows: rows.map((u) => ({
      ...u,
      grants: grants
        .filter((g) => g.userId === u.id)
        .map((g) => ({
          id: g.id,
          role: g.role,
          roleLabel: roleLabels[g.role],
          scopeKind: g.scopeKind,
          unitId: g.unitId,
          blocId: g.blocId,
          provinceId: g.provinceId,
          year: g.year,
        })),
    })),
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A new account with a one-time password shown to the admin once; the user must change it at
 * first sign-in. No account is ever created with a known default password.
 */
export async function createUser(
  ctx: ServiceContext,
  input: { username: string; displayName: string; title?: string | undefined; grants: RoleGrant[] },
) {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction(async (tx) => {
    const user = await insertUser(tx, { ...input, passwordHash, mustChangePassword: true });
    for (const grant of input.grants) {
      await assertRoleChangeAllowed(tx, {
        actorUserId: actorId(ctx),
        userId: user.id,
        grant,
        granting: true,
      });
      const grantId = await insertGrant(tx, user.id, grant);
      await announceIfPrivileged(tx, ctx, { grantId, grant, username: user.username });
    }
    await audit(tx, ctx.access.actor, {
      action: 'user.create',
      entity: 'user',
      entityId: user.id,
      after: { username: user.username, displayName: user.displayName, grants: input.grants },
    });
    return { userId: user.id, username: user.username, temporaryPassword: password };
  });
}

/** A new one-time password; every session of the user ends. */
export async function resetPassword(ctx: ServiceContext, input: { userId: string }) {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction(async (tx) => {
    const found = await setPasswordHash(tx, { userId: input.userId, passwordHash, mustChangePassword: true });
    if (!found) throw new DomainError('NOT_FOUND', 'Không tìm thấy tài khoản.');
    await deleteUserSessions(tx, input.userId);
    await audit(tx, ctx.access.actor, {
      action: 'user.resetPassword',
      entity: 'user',
      entityId: input.userId,
    });
    return { userId: input.userId, temporaryPassword: password };
  });
}

export async function setActive(ctx: ServiceContext, input: { userId: string; active: boolean }) {
  if (!input.active && input.userId === ctx.access.principal.userId) {
    throw new DomainError('INVALID_INPUT', 'Không thể tự khóa tài khoản đang sử dụng.');
  }
  return ctx.db.transaction(async (tx) => {
    if (!(await setUserActive(tx, input.userId, input.active)))
      throw new DomainError('NOT_FOUND', 'Không tìm thấy tài khoản.');
    if (!input.active) await deleteUserSessions(tx, input.userId);
    await audit(tx, ctx.access.actor, {
      action: 'user.setActive',
      entity: 'user',
      entityId: input.userId,
      after: { active: input.active },
    });
    return input;
  });
}

/** Lifts the sign-in throttle of the user (a lock after wrong passwords), from every address. */
export async function unlockSignIn(ctx: ServiceContext, input: { userId: string }) {
  return ctx.db.transaction(async (tx) => {
    const user = await getUser(tx, input.userId);
    if (!user) throw new DomainError('NOT_FOUND', 'Không tìm thấy tài khoản.');
    await recordLoginUnlock(tx, { username: user.username, at: ctx.clock() });
    await audit(tx, ctx.access.actor, { action: 'user.unlock', entity: 'user', entityId: user.id });
    return { userId: user.id };
  });
}

const actorId = (ctx: ServiceContext) => ctx.access.principal.userId;

/** A province-wide or system role granted: every admin is told, by whom and to whom. */
async function announceIfPrivileged(
  tx: DbOrTx,
  ctx: ServiceContext,
  input: { grantId: string; grant: RoleGrant; username: string },
): Promise<void> {
  if (!privilegedRoles.includes(input.grant.role)) return;
  const by = ctx.access.principal;
  await notify(tx, {
    recipient: { role: 'admin', scopeKind: 'global', scopeId: null },
    kind: 'role.privilegedGranted',
    payload: {
      summary: `${by.displayName} (${by.username}) đã cấp vai trò ${roleLabels[input.grant.role]} cho tài khoản ${input.username}.`,
      grantedBy: by.userId,
      role: input.grant.role,
    },
    dedupeKey: `role-grant:${input.grantId}`,
  });
}

export async function grantRole(ctx: ServiceContext, input: { userId: string; grant: RoleGrant }) {
  return ctx.db.transaction(async (tx) => {
    await assertRoleChangeAllowed(tx, { actorUserId: actorId(ctx), ...input, granting: true });
    const user = await getUser(tx, input.userId);
    if (!user) throw new DomainError('NOT_FOUND', 'Không tìm thấy tài khoản.');
    const grantId = await insertGrant(tx, input.userId, input.grant);
    await audit(tx, ctx.access.actor, {
      action: 'user.grantRole',
      entity: 'user',
      entityId: input.userId,
      after: input.grant,
    });
    await announceIfPrivileged(tx, ctx, { grantId, grant: input.grant, username: user.username });
    return { userId: input.userId };
  });
}

export async function revokeRole(ctx: ServiceContext, input: { userId: string; grantId: string }) {
  return ctx.db.transaction(async (tx) => {
    const [held] = await tx
      .select()
      .from(userRoles)
      .where(and(eq(userRoles.id, input.grantId), eq(userRoles.userId, input.userId)));
    if (held) {
      await assertRoleChangeAllowed(tx, {
        actorUserId: actorId(ctx),
        userId: input.userId,
        grant: toRoleGrant(held),
        granting: false,
      });
    }
    const removed = await revokeRoleGrant(tx, input);
    if (!removed) throw new DomainError('NOT_FOUND', 'Không tìm thấy vai trò của tài khoản.');
    await audit(tx, ctx.access.actor, {
      action: 'user.revokeRole',
      entity: 'user',
      entityId: input.userId,
      before: toRoleGrant(removed),
    });
    return { userId: input.userId };
  });
}
