import type { Db } from '@thidua/db';
import { blocs, cycles, cycleUnitStatus, dossiers } from '@thidua/db/schema';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AllowedGrant } from '../../authz/access';
import { type Task, taskAdder } from './task';

const provinceId = sql.placeholder('provinceId');

/** Dossiers of the province waiting for the committee (and followed by the secretariat). */
function receivedDossiers(db: Db) {
  return db
    .select({
      kind: sql<'overdue' | 'dossier'>`'dossier'`,
      cycleId: dossiers.cycleId,
      overdueUnits: sql<number | null>`null::int`,
      due: sql<string | null>`${dossiers.dueDate}`,
    })
    .from(dossiers)
    .innerJoin(cycles, eq(cycles.id, dossiers.cycleId))
    .innerJoin(blocs, eq(blocs.id, cycles.blocId))
    .where(
      and(eq(blocs.provinceId, provinceId), inArray(dossiers.status, ['submitted', 'received', 'reviewed'])),
    );
}

/** The phases in which a unit still owes a step: once the bloc has moved on, nobody is chased. */
const unitPhases = ['registration', 'selfAssessment', 'review'] as const;

/** The secretariat also follows up every open cycle of the province with overdue units. */
function overdueAndReceived(db: Db) {
  return db
    .select({
      kind: sql<'overdue' | 'dossier'>`'overdue'`,
      cycleId: cycles.id,
      overdueUnits: sql<number | null>`count(*)::int`,
      due: sql<string | null>`null::date`,
    })
    .from(cycleUnitStatus)
    .innerJoin(cycles, eq(cycles.id, cycleUnitStatus.cycleId))
    .innerJoin(blocs, eq(blocs.id, cycles.blocId))
    .where(
      and(
        eq(blocs.provinceId, provinceId),
        eq(cycles.status, 'open'),
        inArray(cycles.phase, [...unitPhases]),
        eq(cycleUnitStatus.overdue, true),
      ),
    )
    .groupBy(cycles.id)
    .unionAll(receivedDossiers(db));
}

// One statement per role and database, prepared once: the inbox is polled by every open tab.
const statements = new WeakMap<
  Db,
  {
    secretariat: ReturnType<ReturnType<typeof overdueAndReceived>['prepare']>;
    committee: ReturnType<ReturnType<typeof receivedDossiers>['prepare']>;
  }
>();

function statementsFor(db: Db) {
  let s = statements.get(db);
  if (!s) {
    s = {
      secretariat: overdueAndReceived(db).prepare('inbox_province_secretariat'),
      committee: receivedDossiers(db).prepare('inbox_province_committee'),
    };
    statements.set(db, s);
  }
  return s;
}

/** The secretariat follows up overdue units; the committee (and secretariat) review received dossiers. */
export async function provinceTasks(db: Db, grant: AllowedGrant, now: Date): Promise<Task[]> {
  if (!grant.provinceId) return [];
  const s = statementsFor(db);
  const rows = await (grant.role === 'secretariat' ? s.secretariat : s.committee).execute({
    provinceId: grant.provinceId,
  });
  const tasks: Task[] = [];
  for (const r of rows) {
    const add = taskAdder(tasks, { cycleId: r.cycleId }, now);
    if (r.kind === 'overdue') add('followUpOverdue', `${r.overdueUnits} đơn vị quá hạn`, null);
    else add('reviewDossier', 'Thẩm định hồ sơ đề nghị khen thưởng', r.due);
  }
  return tasks;
}
