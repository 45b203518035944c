import { type CycleCalendar, type CyclePhase, cyclePhaseLabels, cyclePhases } from '@thidua/domain';

/** The calendar date that closes each phase (none for setup, inProgress, provincialReview, closed). */
const phaseDue: Partial<Record<CyclePhase, keyof CycleCalendar>> = {
  registration: 'registrationDue',
  inProgress: 'midYearReportDue',
  selfAssessment: 'selfAssessmentDue',
  review: 'reviewDue',
  conference: 'conferenceDate',
  dossier: 'dossierDue',
};

type PhaseState = 'done' | 'current' | 'upcoming';

/** The year's phases in order, each with its label, its due date and whether it is behind us. */
export function timeline(phase: CyclePhase, calendar: Partial<CycleCalendar>, today: string) {
  const current = cyclePhases.indexOf(phase);
  return cyclePhases.map((p, index) => {
    const dueKey = phaseDue[p];
    const due = dueKey ? (calendar[dueKey] ?? null) : null;
    const state: PhaseState = index < current ? 'done' : index === current ? 'current' : 'upcoming';
    return {
      phase: p,
      label: cyclePhaseLabels[p],
      state,
      due,
      overdue: state === 'current' && due !== null && due < today,
    };
  });
}

/** Today's date in Vietnam (deadlines are Vietnamese calendar dates). */
export function vnToday(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
