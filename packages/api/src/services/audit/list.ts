import { auditLog, users } from '@thidua/db/schema';
import { count, desc, eq, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../context';

/**
 * A cycle's history, newest first. Rows come from the workflow's steps and the API's own writes;
 * none carries a ballot's choices (casting is recorded as "unit voted in round" only).
 */
export async function cycleHistory(
  ctx: ServiceContext,
  input: { cycleId: string; page: { limit: number; offset: number } },
) {
  const where = or(
    eq(auditLog.entityId, input.cycleId),
    sql`${auditLog.after} ->> 'cycleId' = ${input.cycleId}`,
  );
  const rows = await ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      actorRole: auditLog.actorRole,
      actorName: users.displayName,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(input.page.limit)
    .offset(input.page.offset);
  const [total] = await ctx.db.select({ n: count() }).from(auditLog).where(where);
  return { total: total?.n ?? 0, rows };
}
