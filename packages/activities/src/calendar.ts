import type { CycleCalendar, CyclePhase } from '@thidua/domain';
import type { DeadlineKind, Phase } from './contract';

const VN_OFFSET_MS = 7 * 3_600_000;

/** YYYY-MM-DD in Vietnam of an ISO instant. */
export function vnDate(iso: string): string {
  return new Date(Date.parse(iso) + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** HH:MM in Vietnam of an ISO instant (minutes print the local time of each step). */
export function vnTime(iso: string): string {
  return new Date(Date.parse(iso) + VN_OFFSET_MS).toISOString().slice(11, 16);
}

/**
 * The projection's calendar: the domain's dated calendar (what the UI prints) plus the exact
 * instants the workflow's timers use, under `instants`.
 */
export function projectCalendar(
  calendar: Record<DeadlineKind, string>,
  previous?: Partial<CycleCalendar> | null,
): CycleCalendar & { instants: Record<DeadlineKind, string> } {
  const registrationDue = vnDate(calendar.registration);
  const selfAssessmentDue = vnDate(calendar.selfAssessment);
  const reviewDue = vnDate(calendar.reviewResponse);
  const dossierDue = vnDate(calendar.dossier);
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

/** The workflow's phases onto the database enum (which has no separate 'decided'). */
export const dbPhase: Record<Phase, CyclePhase> = {
  setup: 'setup',
  registration: 'registration',
  selfAssessment: 'selfAssessment',
  review: 'review',
  conference: 'conference',
  dossier: 'dossier',
  committeeReview: 'provincialReview',
  decided: 'provincialReview',
  closed: 'closed',
};
