import { auditLog, users } from '@thidua/db/schema';
import { auditActionLabel, type VoteKind, voteKindLabels, voteKinds } from '@thidua/domain';
import { count, desc, eq, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { vnToday } from '../cycles/timeline';
import { unitNamesAt } from '../org/names';

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** A short readable line of what a step touched: the unit by name, the vote, the reason… — no ids. */
function detailOf(after: Record<string, unknown>, unitName: (id: string) => string): string {
  const unitId = text(after.unitId);
  return [
    unitId && unitName(unitId),
    voteKinds.includes(after.voteKind as VoteKind) ? voteKindLabels[after.voteKind as VoteKind] : '',
    text(after.number),
    text(after.title),
    text(after.reason),
    Array.isArray(after.changes) && after.changes.length > 0
      ? `${after.changes.length} dòng điểm thay đổi`
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

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
  const afterOf = (row: (typeof rows)[number]) => (row.after ?? {}) as Record<string, unknown>;
  const unitIds = [...new Set(rows.map((row) => text(afterOf(row).unitId)).filter(Boolean))];
  const names = await unitNamesAt(ctx.db, unitIds, vnToday(ctx.clock()));
  return {
    total: total?.n ?? 0,
    rows: rows.map((row) => ({
      ...row,
      actionLabel: auditActionLabel(row.action),
      detail: detailOf(afterOf(row), (id) => names.get(id) ?? id),
    })),
  };
}
