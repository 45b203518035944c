/** One thing the signed-in user should do next. */
export interface Task {
  kind: string;
  /** Vietnamese, ready to show. */
  title: string;
  cycleId: string;
  unitId?: string | undefined;
  roundId?: string | undefined;
  /** ISO instant or date, when the step has a deadline. */
  due: string | null;
  overdue: boolean;
}

function task(t: Omit<Task, 'overdue'>, now: Date): Task {
  return {
    ...t,
    overdue:
      t.due !== null && Date.parse(t.due.length === 10 ? `${t.due}T23:59:59+07:00` : t.due) < now.getTime(),
  };
}

/** Adds a cycle's tasks to `tasks`: `base` names the cycle (and unit); no deadline is null. */
export function taskAdder(tasks: Task[], base: Pick<Task, 'cycleId' | 'unitId'>, now: Date) {
  return (
    kind: string,
    title: string,
    due: string | null | undefined,
    more: Pick<Task, 'unitId' | 'roundId'> = {},
  ) => {
    tasks.push(task({ ...base, ...more, kind, title, due: due ?? null }, now));
  };
}

/** Overdue first, then the nearest deadline, then the rest. */
export function byUrgency(a: Task, b: Task): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.due && b.due) return a.due.localeCompare(b.due);
  return a.due ? -1 : b.due ? 1 : 0;
}
