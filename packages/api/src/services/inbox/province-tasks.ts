import type { Db } from '@thidua/db';
import { blocs, cycles, cycleUnitStatus, dossiers } from '@thidua/db/schema';
import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { AllowedGrant } from '../../authz/access';
import { vnToday } from '../cycles/timeline';
import { type Task, taskAdder } from './task';

const provinceId = sql.placeholder('provinceId');
const currentYear = sql.placeholder('year');

type Kind = 'overdue' | 'dossier' | 'notStarted';

/** Dossiers of the province waiting for the committee (and followed by the secretariat). */
function receivedDossiers(db: Db) {
  return db
    .select({
      kind: sql<Kind>`'dossier'`,
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

/**
 * Years planned for the province's blocs whose calendar year has come but whose workflow was never
 * started; due by the first date of their calendar (registration or the pact's signing).
 */
function yearsNotStarted(db: Db) {
  return db
    .select({
      kind: sql<Kind>`'notStarted'`,
      cycleId: cycles.id,
      overdueUnits: sql<number | null>`null::int`,
      due: sql<
        string | null
      >`least(${cycles.calendar} ->> 'registrationDue', ${cycles.calendar} ->> 'pactSigningDate')::date`,
    })
    .from(cycles)
    .innerJoin(blocs, eq(blocs.id, cycles.blocId))
    .where(
      and(
        eq(blocs.provinceId, provinceId),
        isNull(cycles.startedAt),
        eq(cycles.status, 'open'),
        lte(cycles.year, currentYear),
      ),
    );
}

/** The secretariat also follows up every open cycle of the province with overdue units. */
function overdueAndReceived(db: Db) {
  return (
    db
      .select({
        kind: sql<Kind>`'overdue'`,
        cycleId: cycles.id,
        overdueUnits: sql<number | null>`count(*)::int`,
        due: sql<string | null>`null::date`,
      })
      .from(cycleUnitStatus)
      .innerJoin(cycles, eq(cycles.id, cycleUnitStatus.cycleId))
      // The overdue rows of the province lead its board index: a range read, not a join of its rows.
      .where(
        and(
          eq(cycleUnitStatus.provinceId, provinceId),
          eq(cycleUnitStatus.overdue, true),
          eq(cycles.status, 'open'),
          // Units have steps of their own until the conference; an overdue flag after that is history.
          inArray(cycles.phase, ['setup', 'registration', 'selfAssessment', 'review']),
        ),
      )
      .groupBy(cycles.id)
      .unionAll(receivedDossiers(db))
      .unionAll(yearsNotStarted(db))
  );
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

/**
 * The secretariat starts the years that are due, follows up overdue units; the committee (and the
 * secretariat) review received dossiers.
 */
export async function provinceTasks(db: Db, grant: AllowedGrant, now: Date): Promise<Task[]> {
  if (!grant.provinceId) return [];
  const s = statementsFor(db);
  const rows = await (grant.role === 'secretariat' ? s.secretariat : s.committee).execute({
    provinceId: grant.provinceId,
    year: Number(vnToday(now).slice(0, 4)),
  });
  const tasks: Task[] = [];
  for (const r of rows) {
    const add = taskAdder(tasks, { cycleId: r.cycleId }, now);
    if (r.kind === 'overdue') add.followUp('followUpOverdue', `${r.overdueUnits} đơn vị quá hạn`, null);
    else if (r.kind === 'notStarted') add.step('startCycle', r.due);
    else add.step('acceptProposal', r.due);
  }
  return tasks;
}
