import { isStepName } from '@thidua/domain';
import { allowedActions } from '../../authz/allowed-actions';
import type { ServiceContext } from '../context';
import { cycleFacts } from '../cycles/facts';
import { blocTasks } from './bloc-tasks';
import { boardTasks } from './board-tasks';
import { provinceTasks } from './province-tasks';
import { byUrgency, type Task } from './task';
import { unitTasks } from './unit-tasks';

/**
 * The caller's to-do list across their roles, overdue first, from the projections only. A step's task
 * is listed only when the caller may take the step now, by the checks its button is offered by.
 */
export async function inbox(ctx: ServiceContext): Promise<Task[]> {
  const now = ctx.clock();
  const lists = await Promise.all([
    boardTasks(ctx.db, ctx.access.principal.userId, now),
    ...ctx.access.grants.map((g) => {
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
  ]);
  const tasks = lists.flat();
  const facts = await cycleFacts(
    ctx.db,
    tasks.map((t) => t.cycleId),
  );
  const allowed = new Map(
    [...facts].map(([id, cycle]) => [id, new Set(allowedActions(ctx.access.principal, cycle))] as const),
  );
  const seen = new Set<string>();
  return tasks
    .filter((t) => {
      if (isStepName(t.kind) && !allowed.get(t.cycleId)?.has(t.kind)) return false;
      const key = `${t.kind}:${t.cycleId}:${t.unitId ?? ''}:${t.roundId ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(byUrgency);
}
