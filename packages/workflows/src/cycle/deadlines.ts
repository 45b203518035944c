/**
 * Pure planning of the deadline timers: which reminders and overdue marks are due now, and when the
 * timer loop must wake next. Everything derives from the state, so a moved deadline or an extension
 * re-plans by itself (the updatable-timer pattern in `timers.ts`).
 */
import type { CycleState, DeadlineKind, UnitState } from './types';

export const BLOC_SUBJECT = 'bloc';

interface Subject {
  kind: DeadlineKind;
  /** A unit id, or BLOC_SUBJECT for the bloc head's own deadline (the dossier). */
  subjectId: string;
  dueMs: number;
  overdue: boolean;
  /** false: the deadline only closes a window (review responses), it marks nobody late. */
  marksOverdue: boolean;
}

export type TimerAction =
  | { type: 'remind'; subject: Subject; offsetMs: number; key: string }
  | { type: 'overdue'; subject: Subject }
  | { type: 'committeeOverdue' };

/** A unit's deadline: the phase's, or its extension — an extension never shortens a moved deadline. */
export function unitDueMs(state: CycleState, unit: UnitState | undefined, kind: DeadlineKind): number {
  const phase = Date.parse(state.calendar[kind]);
  const extended = unit?.extensions[kind]?.until;
  return extended === undefined ? phase : Math.max(phase, Date.parse(extended));
}

/** The deadlines that still concern someone in the current phase. */
function activeSubjects(state: CycleState): Subject[] {
  const forUnits = (kind: DeadlineKind, pending: (u: UnitState) => boolean, marksOverdue = true): Subject[] =>
    state.units.filter(pending).map((u) => ({
      kind,
      subjectId: u.id,
      dueMs: unitDueMs(state, u, kind),
      overdue: u.overdue[kind] === true,
      marksOverdue,
    }));
  switch (state.phase) {
    case 'registration':
      return forUnits('registration', (u) => u.registeredAt === undefined);
    case 'selfAssessment':
      return forUnits('selfAssessment', (u) => u.sa.status !== 'submitted');
    case 'review':
      return forUnits('reviewResponse', (u) => u.review.changed && u.review.respondedAt === undefined, false);
    case 'dossier':
      if (state.dossier.status === 'submitted') return [];
      return [
        {
          kind: 'dossier',
          subjectId: BLOC_SUBJECT,
          dueMs: Date.parse(state.calendar.dossier),
          overdue: state.dossier.overdue,
          marksOverdue: true,
        },
      ];
    default:
      return [];
  }
}

function reminderKey(subject: Subject, offsetMs: number): string {
  return `${subject.kind}:${subject.subjectId}:${offsetMs}:${subject.dueMs}`;
}

/** The closest reminder whose time has come (earlier ones that were missed are not sent late). */
function reminderDue(state: CycleState, subject: Subject, now: number): TimerAction | undefined {
  if (now >= subject.dueMs) return undefined;
  const offsets = [...state.reminderOffsetsMs].sort((a, b) => a - b);
  const offset = offsets.find((o) => subject.dueMs - o <= now);
  if (offset === undefined) return undefined;
  const key = reminderKey(subject, offset);
  return state.remindersSent.includes(key) ? undefined : { type: 'remind', subject, offsetMs: offset, key };
}

export function dueActions(state: CycleState, now: number): TimerAction[] {
  const actions: TimerAction[] = [];
  for (const subject of activeSubjects(state)) {
    if (now >= subject.dueMs) {
      if (subject.marksOverdue && !subject.overdue) actions.push({ type: 'overdue', subject });
      continue;
    }
    const reminder = reminderDue(state, subject, now);
    if (reminder) actions.push(reminder);
  }
  const c = state.committee;
  if (state.phase === 'committeeReview' && c.dueAt && !c.overdue && now >= Date.parse(c.dueAt)) {
    actions.push({ type: 'committeeOverdue' });
  }
  return actions;
}

/** The next instant something may become due; undefined = wait for a state change only. */
export function nextWakeMs(state: CycleState, now: number): number | undefined {
  let next: number | undefined;
  const consider = (ms: number) => {
    if (ms > now && (next === undefined || ms < next)) next = ms;
  };
  for (const subject of activeSubjects(state)) {
    if (now < subject.dueMs) {
      if (subject.marksOverdue) consider(subject.dueMs);
      for (const offset of state.reminderOffsetsMs) consider(subject.dueMs - offset);
    }
  }
  const c = state.committee;
  if (state.phase === 'committeeReview' && c.dueAt && !c.overdue) consider(Date.parse(c.dueAt));
  return next;
}

/** Whether something is overdue right now (drives the ThiDuaOverdue search attribute). */
export function anythingOverdue(state: CycleState): boolean {
  if (state.phase === 'committeeReview') return state.committee.overdue;
  return activeSubjects(state).some((s) => s.overdue);
}
