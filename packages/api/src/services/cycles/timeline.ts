import { type CycleCalendar, type Phase, phaseLabels, phases } from '@thidua/domain';

/** The calendar date that closes each phase, and the workflow deadline that tracks it when running. */
const phaseDue: Partial<Record<Phase, { date: keyof CycleCalendar; instant?: string }>> = {
  registration: { date: 'registrationDue', instant: 'registration' },
  selfAssessment: { date: 'selfAssessmentDue', instant: 'selfAssessment' },
  review: { date: 'reviewDue', instant: 'reviewResponse' },
  conference: { date: 'conferenceDate' },
  dossier: { date: 'dossierDue', instant: 'dossier' },
};

type PhaseState = 'done' | 'current' | 'upcoming';

/**
 * The year's phases in order, each with its label, its due moment (the workflow's instant when it
 * runs, else the planned date) and whether it is behind us: the one line every screen draws.
 */
export function timeline(
  phase: Phase,
  calendar: Partial<CycleCalendar>,
  instants: Partial<Record<string, string>> | null,
  now: Date,
) {
  const today = vnToday(now);
  /** An instant is past once it has passed; a planned date once the day in Vietnam is over. */
  const past = (due: string) => (due.length > 10 ? Date.parse(due) < now.getTime() : due < today);
  const current = phases.indexOf(phase);
  return phases.map((p, index) => {
    const source = phaseDue[p];
    const due = source
      ? ((source.instant ? instants?.[source.instant] : undefined) ?? calendar[source.date] ?? null)
      : null;
    const state: PhaseState = index < current ? 'done' : index === current ? 'current' : 'upcoming';
    return {
      phase: p,
      label: phaseLabels[p],
      state,
      due,
      overdue: state === 'current' && due !== null && past(due),
    };
  });
}

/** Today's date in Vietnam (deadlines are Vietnamese calendar dates). */
export function vnToday(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
