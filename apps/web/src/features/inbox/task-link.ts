import type { Task } from './contract';

/** The screen that does each kind of task (packages/api services/inbox). */
export function taskHref(task: Task): string {
  const base = `/cycles/${task.cycleId}`;
  const sheet = task.unitId ? `${base}/self-assessment/${task.unitId}` : base;
  switch (task.kind) {
    case 'fillSelfAssessment':
    case 'signOffSelfAssessment':
    case 'submitSelfAssessment':
    case 'respondToReview':
      return sheet;
    case 'reviewSheet':
    case 'lockScores':
      return `${base}/review`;
    case 'runConference':
      return `${base}/conference`;
    case 'castBallot':
      return task.roundId ? `${base}/conference/rounds/${task.roundId}/ballot` : `${base}/conference`;
    case 'submitDossier':
      return `${base}/dossier`;
    case 'reviewDossier':
      return `/committee/${task.cycleId}`;
    case 'followUpOverdue':
    case 'followUpUnits':
      return '/tracker';
    default:
      return base;
  }
}

/** A date-only deadline ends at 23:59 that day, Vietnam time. */
export const dueInstant = (due: string) => (due.length === 10 ? `${due}T23:59:59+07:00` : due);
