import type { ServiceContext } from '../context';
import { blocTasks } from './bloc-tasks';
import { provinceTasks } from './province-tasks';
import { byUrgency, type Task } from './task';
import { unitTasks } from './unit-tasks';

/** The caller's to-do list across their roles, overdue first, from the projections only. */
export async function inbox(ctx: ServiceContext): Promise<Task[]> {
  const now = ctx.clock();
  const lists = await Promise.all(
    ctx.access.grants.map((g) => {
      switch (g.scopeKind) {
        case 'unit':
          return unitTasks(ctx.db, g, now);
        case 'bloc':
          return blocTasks(ctx.db, g, now);
        case 'province':
          return provinceTasks(ctx.db, g, now);
        default:
          return Promise.resolve([]);
      }
    }),
  );
  const seen = new Set<string>();
  return lists
    .flat()
    .filter((t) => {
      const key = `${t.kind}:${t.cycleId}:${t.unitId ?? ''}:${t.roundId ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(byUrgency);
}
