import type { CycleDetail, Phase } from './contract';

/** The nine phases the people see, in order (the workflow's; the database folds the last ones). */
export const uiPhases = [
  'setup',
  'registration',
  'selfAssessment',
  'review',
  'conference',
  'dossier',
  'committeeReview',
  'decided',
  'closed',
] as const;
export type UiPhase = (typeof uiPhases)[number];

/** Where a stored phase sits on the nine-step line; `decided` once the committee has recorded it. */
export function uiPhaseOf(phase: Phase, decided = false): UiPhase {
  if (phase === 'inProgress') return 'registration';
  if (phase === 'provincialReview') return decided ? 'decided' : 'committeeReview';
  return phase;
}

export const phaseIndex = (phase: Phase, decided = false) => uiPhases.indexOf(uiPhaseOf(phase, decided));

/** The deadline that closes a phase: the workflow's instant when running, else the planned date. */
export function phaseDue(cycle: CycleDetail, phase: UiPhase): string | undefined {
  const d = cycle.deadlines ?? {};
  switch (phase) {
    case 'registration':
      return d.registration ?? cycle.calendar.registrationDue;
    case 'selfAssessment':
      return d.selfAssessment ?? cycle.calendar.selfAssessmentDue;
    case 'review':
      return d.reviewResponse ?? cycle.calendar.reviewDue;
    case 'conference':
      return cycle.calendar.conferenceDate;
    case 'dossier':
      return d.dossier ?? cycle.calendar.dossierDue;
    default:
      return undefined;
  }
}
