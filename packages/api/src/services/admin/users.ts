import {
  deleteUserSessions,
  hashPassword,
  grantRole as insertGrant,
  createUser as insertUser,
  revokeRoleGrant,
  setPasswordHash,
  setUserActive,
  withDbErrors,
} from '@thidua/db';
import { userRoles, users } from '@thidua/db/schema';
import { DomainError, type RoleGrant, roleLabels } from '@thidua/domain';
import { asc, count, ilike, inArray, or } from 'drizzle-orm';
import { audit } from '../../audit/record';
import { temporaryPassword } from '../../auth/temporary-password';
import type { ServiceContext } from '../context';

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
    for (const grant of input.grants) await insertGrant(tx, user.id, grant);
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

export async function grantRole(ctx: ServiceContext, input: { userId: string; grant: RoleGrant }) {
  return ctx.db.transaction(async (tx) => {
    await withDbErrors(() => insertGrant(tx, input.userId, input.grant));
    await audit(tx, ctx.access.actor, {
      action: 'user.grantRole',
      entity: 'user',
      entityId: input.userId,
      after: input.grant,
    });
    return { userId: input.userId };
  });
}

export async function revokeRole(ctx: ServiceContext, input: { userId: string; grantId: string }) {
  return ctx.db.transaction(async (tx) => {
    const removed = await revokeRoleGrant(tx, input);
    if (!removed) throw new DomainError('NOT_FOUND', 'Không tìm thấy vai trò của tài khoản.');
    await audit(tx, ctx.access.actor, {
      action: 'user.revokeRole',
      entity: 'user',
      entityId: input.userId,
      before: {
        role: removed.role,
        scopeKind: removed.scopeKind,
        unitId: removed.unitId,
        blocId: removed.blocId,
        provinceId: removed.provinceId,
        year: removed.year,
      },
    });
    return { userId: input.userId };
  });
}
