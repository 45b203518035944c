import { memberUnitIds } from '@thidua/db';
import { auditLog, cycles, users } from '@thidua/db/schema';
import { auditActionLabel, DomainError } from '@thidua/domain';
import { asc, count, desc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { blocNamesAt, unitNamesAt, yearEnd } from '../org/names';
import { detailOf, type Names, subjectOf, unitIdsOf } from './describe';
import { type AuditFilters, auditWhere } from './filters';

/** The year as people name it, "Khối … – năm …", and its names of units as of the year's end. */
async function cycleNames(ctx: ServiceContext, cycleId: string, more: readonly string[] = []) {
  const [cycle] = await ctx.db
    .select({ blocId: cycles.blocId, year: cycles.year })
    .from(cycles)
    .where(eq(cycles.id, cycleId));
  if (!cycle) throw new DomainError('NOT_FOUND', 'Không tìm thấy năm thi đua.');
  const date = yearEnd(cycle.year);
  const bloc = (await blocNamesAt(ctx.db, [cycle.blocId], date)).get(cycle.blocId);
  if (!bloc) throw new DomainError('NOT_FOUND', 'Không tìm thấy tên Khối thi đua của năm này.');
  const members = await memberUnitIds(ctx.db, cycle.blocId, cycle.year);
  const units = await unitNamesAt(ctx.db, [...new Set([...members, ...more])], date);
  return { label: `${bloc} – năm ${cycle.year}`, members, units };
}

/**
 * A year's history, newest first, narrowed by who, what, when and which unit; every name spelled
 * out. Rows come from the workflow's steps and the API's own writes; none carries a ballot's
 * choices (casting is recorded as "unit voted in round" only).
 */
export async function cycleHistory(
  ctx: ServiceContext,
  input: { cycleId: string; filters?: AuditFilters | undefined; page: { limit: number; offset: number } },
) {
  const where = auditWhere(input.cycleId, input.filters ?? {});
  const rows = await ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      actorRole: auditLog.actorRole,
      actorName: users.displayName,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(input.page.limit)
    .offset(input.page.offset);
  const [total] = await ctx.db.select({ n: count() }).from(auditLog).where(where);
  const described = rows.map((row) => ({ ...row, after: (row.after ?? {}) as Record<string, unknown> }));
  const year = await cycleNames(ctx, input.cycleId, described.flatMap(unitIdsOf));
  const names: Names = { cycle: year.label, unit: (id) => year.units.get(id) ?? id };
  return {
    cycleLabel: year.label,
    total: total?.n ?? 0,
    rows: described.map(({ after, ...row }) => ({
      ...row,
      actionLabel: auditActionLabel(row.action),
      subject: subjectOf({ ...row, after }, names),
      detail: detailOf(after, names),
    })),
  };
}

/** What the filters offer for a year: the people who acted, the actions recorded, the member units. */
export async function historyFacets(ctx: ServiceContext, input: { cycleId: string }) {
  const where = auditWhere(input.cycleId, {});
  const [actors, actions, year] = await Promise.all([
    ctx.db
      .selectDistinct({ id: users.id, name: users.displayName })
      .from(auditLog)
      .innerJoin(users, eq(users.id, auditLog.actorUserId))
      .where(where)
      .orderBy(asc(users.displayName)),
    ctx.db.selectDistinct({ action: auditLog.action }).from(auditLog).where(where),
    cycleNames(ctx, input.cycleId),
  ]);
  return {
    cycleLabel: year.label,
    actors,
    actions: actions
      .map((a) => ({ action: a.action, label: auditActionLabel(a.action) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    units: year.members
      .map((id) => ({ id, name: year.units.get(id) ?? id }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
}
