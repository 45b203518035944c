import { type CycleCalendar, vietnamDate } from '@thidua/domain';
import type { DeadlineKind } from './contract';

/**
 * The projection's calendar: the domain's dated calendar (what the UI prints) plus the exact
 * instants the workflow's timers use, under `instants`.
 */
export function projectCalendar(
  calendar: Record<DeadlineKind, string>,
  previous?: Partial<CycleCalendar> | null,
): CycleCalendar & { instants: Record<DeadlineKind, string> } {
  const registrationDue = vietnamDate(calendar.registration);
  const selfAssessmentDue = vietnamDate(calendar.selfAssessment);
  const reviewDue = vietnamDate(calendar.reviewResponse);
  const dossierDue = vietnamDate(calendar.dossier);
  /** Dates the workflow does not track keep their stored value while it stays in order. */
  const keep = (value: string | undefined, lo: string, hi: string, fallback: string) =>
    value !== undefined && value >= lo && value <= hi ? value : fallback;
  return {
    registrationDue,
    pactSigningDate: keep(previous?.pactSigningDate, '2000-01-01', registrationDue, registrationDue),
    midYearReportDue: keep(previous?.midYearReportDue, registrationDue, selfAssessmentDue, registrationDue),
    selfAssessmentDue,
    reviewDue,
    conferenceDate: keep(previous?.conferenceDate, reviewDue, dossierDue, reviewDue),
    dossierDue,
    instants: { ...calendar },
  };
}
