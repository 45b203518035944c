import { auditLog } from '@thidua/db/schema';
import { addDays } from '@thidua/domain';
import { and, eq, gte, lt, or, type SQL, sql } from 'drizzle-orm';

/** What the audit screen narrows a year's history by; every field optional. */
export interface AuditFilters {
  /** Who: the user who acted. */
  actorUserId?: string | undefined;
  /** What: one audit action (a step's, the system's). */
  action?: string | undefined;
  /** When: from and to, Vietnam dates, both days included. */
  from?: string | undefined;
  to?: string | undefined;
  /** Which member unit the row concerns. */
  unitId?: string | undefined;
}

/** The start of a Vietnam day as an instant. */
const vnMidnight = (date: string) => new Date(`${date}T00:00:00+07:00`);

/**
 * A year's rows narrowed by the filters. The year's rows are those about the cycle itself or
 * carrying its id; each side of the OR has its own index on (…, at) (migration audit_filter_indexes),
 * so PostgreSQL reads the two index ranges for the dates asked and filters the rest on them.
 */
export function auditWhere(cycleId: string, f: AuditFilters): SQL {
  const at = and(
    f.from ? gte(auditLog.at, vnMidnight(f.from)) : undefined,
    f.to ? lt(auditLog.at, vnMidnight(addDays(f.to, 1))) : undefined,
  );
  const ofCycle = or(
    and(eq(auditLog.entityId, cycleId), at),
    and(sql`${auditLog.after} ->> 'cycleId' = ${cycleId}`, at),
  );
  return and(
    ofCycle,
    f.actorUserId ? eq(auditLog.actorUserId, f.actorUserId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.unitId
      ? or(
          and(eq(auditLog.entity, 'unit'), eq(auditLog.entityId, f.unitId)),
          sql`${auditLog.after} ->> 'unitId' = ${f.unitId}`,
        )
      : undefined,
  ) as SQL;
}
