import { auditLog, users } from '@thidua/db/schema';
import { auditActionLabel, privilegedRoles, type RoleGrant, roleLabels, roles } from '@thidua/domain';
import { count, desc, eq, like } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../context';
import { vnToday } from '../cycles/timeline';
import { blocNamesAt, unitNamesAt } from '../org/names';

const target = alias(users, 'target');
const accountActions = like(auditLog.action, 'user.%');

/** The grant an audit row of a role change carries (after for a grant, before for a revocation). */
function grantOf(value: unknown): RoleGrant | undefined {
  const g = value as Partial<RoleGrant> | null;
  return g && roles.includes(g.role as never) && g.scope ? (g as RoleGrant) : undefined;
}

/**
 * What admins did to accounts, newest first: creations, resets, (de)activations, unlocks and role
 * changes, each with who did it to whom; grants of a province-wide or system role are flagged.
 */
export async function adminActivity(ctx: ServiceContext, input: { page: { limit: number; offset: number } }) {
  const rows = await ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorName: users.displayName,
      actorUsername: users.username,
      targetUsername: target.username,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(target, eq(target.id, auditLog.entityId))
    .where(accountActions)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(input.page.limit)
    .offset(input.page.offset);
  const [total] = await ctx.db.select({ n: count() }).from(auditLog).where(accountActions);
  const grants = rows.map((row) => grantOf(row.action === 'user.revokeRole' ? row.before : row.after));
  const today = vnToday(ctx.clock());
  const unitIds = grants.flatMap((g) => (g?.scope.kind === 'unit' ? [g.scope.unitId] : []));
  const blocIds = grants.flatMap((g) => (g?.scope.kind === 'bloc' ? [g.scope.blocId] : []));
  const [unitNames, blocNames] = await Promise.all([
    unitNamesAt(ctx.db, [...new Set(unitIds)], today),
    blocNamesAt(ctx.db, [...new Set(blocIds)], today),
  ]);
  const scopeName = (g: RoleGrant) => {
    switch (g.scope.kind) {
      case 'unit':
        return unitNames.get(g.scope.unitId) ?? g.scope.unitId;
      case 'bloc':
        return blocNames.get(g.scope.blocId) ?? g.scope.blocId;
      case 'province':
        return g.scope.provinceId;
      default:
        return '';
    }
  };
  return {
    total: total?.n ?? 0,
    rows: rows.map((row, i) => {
      const grant = grants[i];
      return {
        id: row.id,
        at: row.at,
        action: row.action,
        actionLabel: auditActionLabel(row.action),
        actorName: row.actorName,
        actorUsername: row.actorUsername,
        targetUsername: row.targetUsername,
        detail: grant
          ? [roleLabels[grant.role], scopeName(grant), grant.year ? `năm ${grant.year}` : '']
              .filter(Boolean)
              .join(' · ')
          : '',
        privileged:
          row.action === 'user.grantRole' && grant !== undefined && privilegedRoles.includes(grant.role),
      };
    }),
  };
}
