import type { Db } from '@thidua/db';
import { blocs, cycles, cycleUnitStatus, dossiers } from '@thidua/db/schema';
import { and, count, eq, inArray } from 'drizzle-orm';
import type { AllowedGrant } from '../../authz/access';
import { type Task, task } from './task';

/** The secretariat follows up overdue units; the committee (and secretariat) review received dossiers. */
export async function provinceTasks(db: Db, grant: AllowedGrant, now: Date): Promise<Task[]> {
  if (!grant.provinceId) return [];
  const tasks: Task[] = [];
  if (grant.role === 'secretariat') {
    const overdue = await db
      .select({ cycleId: cycles.id, n: count() })
      .from(cycleUnitStatus)
      .innerJoin(cycles, eq(cycles.id, cycleUnitStatus.cycleId))
      .innerJoin(blocs, eq(blocs.id, cycles.blocId))
      .where(
        and(
          eq(blocs.provinceId, grant.provinceId),
          eq(cycles.status, 'open'),
          eq(cycleUnitStatus.overdue, true),
        ),
      )
      .groupBy(cycles.id);
    for (const o of overdue) {
      tasks.push(
        task({ kind: 'followUpOverdue', title: `${o.n} đơn vị quá hạn`, cycleId: o.cycleId, due: null }, now),
      );
    }
  }
  const received = await db
    .select({ cycleId: dossiers.cycleId, dueDate: dossiers.dueDate })
    .from(dossiers)
    .innerJoin(cycles, eq(cycles.id, dossiers.cycleId))
    .innerJoin(blocs, eq(blocs.id, cycles.blocId))
    .where(
      and(
        eq(blocs.provinceId, grant.provinceId),
        inArray(dossiers.status, ['submitted', 'received', 'reviewed']),
      ),
    );
  for (const d of received) {
    tasks.push(
      task(
        {
          kind: 'reviewDossier',
          title: 'Thẩm định hồ sơ đề nghị khen thưởng',
          cycleId: d.cycleId,
          due: d.dueDate,
        },
        now,
      ),
    );
  }
  return tasks;
}
