import type { Task } from './contract';

/** The screen that does a task: the server names it (the step registry's `task.screen`). */
export function taskHref(task: Task): string {
  const base = `/cycles/${task.cycleId}`;
  switch (task.screen) {
    case 'cycle':
      return base;
    case 'sheet':
      return task.unitId ? `${base}/self-assessment/${task.unitId}` : base;
    case 'review':
      return `${base}/review`;
    case 'conference':
      return `${base}/conference`;
    case 'ballot':
      return task.roundId ? `${base}/conference/rounds/${task.roundId}/ballot` : `${base}/conference`;
    case 'board':
      return task.roundId ? `${base}/conference/rounds/${task.roundId}/board` : `${base}/conference`;
    case 'dossier':
      return `${base}/dossier`;
    case 'committee':
      return `/committee/${task.cycleId}`;
    case 'tracker':
      return '/tracker';
  }
}

/** A date-only deadline ends at 23:59 that day, Vietnam time. */
export const dueInstant = (due: string) => (due.length === 10 ? `${due}T23:59:59+07:00` : due);
