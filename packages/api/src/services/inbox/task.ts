import { type StepName, steps, type TaskScreen } from '@thidua/domain';

/** The steps that give an inbox task (declared with one in the step registry). */
type TaskStep = { [K in StepName]: (typeof steps)[K] extends { task: object } ? K : never }[StepName];

/** Watching over others' steps (not a step of one's own): the tracker is where it is done. */
type FollowUp = 'followUpUnits' | 'followUpOverdue';

/** One thing the signed-in user should do next. */
export interface Task {
  kind: TaskStep | FollowUp;
  /** Vietnamese, ready to show. */
  title: string;
  screen: TaskScreen;
  cycleId: string;
  unitId?: string | undefined;
  roundId?: string | undefined;
  /** ISO instant or date, when the step has a deadline. */
  due: string | null;
  overdue: boolean;
}

type Where = Pick<Task, 'unitId' | 'roundId'>;

const isOverdue = (due: string | null, now: Date) =>
  due !== null && Date.parse(due.length === 10 ? `${due}T23:59:59+07:00` : due) < now.getTime();

/**
 * Adds a cycle's tasks to `tasks` (`base` names the cycle, and the unit): a step's title and screen
 * come from the registry; whether the user may take the step now is checked once for all (inbox()).
 */
export function taskAdder(tasks: Task[], base: Pick<Task, 'cycleId' | 'unitId'>, now: Date) {
  const add = (t: Omit<Task, 'overdue' | 'due'>, due: string | null | undefined) =>
    tasks.push({ ...t, due: due ?? null, overdue: isOverdue(due ?? null, now) });
  return {
    step(step: TaskStep, due: string | null | undefined, more: Where & { note?: string } = {}) {
      const { title, screen } = steps[step].task;
      const { note, ...where } = more;
      add({ ...base, ...where, kind: step, title: note ? `${title} (${note})` : title, screen }, due);
    },
    followUp(kind: FollowUp, title: string, due: string | null | undefined) {
      add({ ...base, kind, title, screen: 'tracker' }, due);
    },
  };
}

/** Overdue first, then the nearest deadline, then the rest. */
export function byUrgency(a: Task, b: Task): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.due && b.due) return a.due.localeCompare(b.due);
  return a.due ? -1 : b.due ? 1 : 0;
}
