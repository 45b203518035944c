/** The state Query's answer (tests and ops; the UI reads the PostgreSQL projections). */
import type { VoteKind } from '@thidua/domain';
import { unitDueMs } from './deadlines';
import { latePenaltyOf } from './state';
import type { CycleState, DeadlineKind, NominationState, Phase, RoundState, VoteState } from './types';
import { workingDaysElapsed } from './working-days';

export interface UnitSnapshot {
  id: string;
  name: string;
  pactSigned: boolean;
  registered: boolean;
  selfAssessment: CycleState['units'][number]['sa']['status'];
  late: boolean;
  lateReports: number;
  latePenalty: number;
  overdue: Partial<Record<DeadlineKind, boolean>>;
  /** Effective deadlines (extensions applied), ISO. */
  deadlines: Record<Exclude<DeadlineKind, 'dossier'>, string>;
  extension?: { until: string; reason: string } | undefined;
  reviewed: boolean;
  responded: boolean;
}

export interface CycleSnapshot {
  cycleId: string;
  blocId: string;
  year: number;
  phase: Phase;
  phaseEnteredAt: string;
  calendar: CycleState['calendar'];
  leadership: CycleState['input']['leadership'];
  planAdopted: boolean;
  units: UnitSnapshot[];
  ranking: CycleState['ranking'];
  notSubmitted: string[];
  attendance: CycleState['attendance'];
  rounds: RoundState[];
  votes: Record<VoteKind, VoteState>;
  withdrawals: CycleState['withdrawals'];
  eligibilityCases: CycleState['eligibilityCases'];
  revocations: CycleState['revocations'];
  elected: CycleState['elected'];
  nominations: NominationState[];
  stepRecordIds: string[];
  dossier: CycleState['dossier'];
  committee: CycleState['committee'] & { workingDaysElapsed?: number | undefined };
  decision: CycleState['decision'];
  nextCycle: CycleState['nextCycle'];
  overdue: boolean;
  seq: number;
}

export function snapshot(s: CycleState): CycleSnapshot {
  const iso = (ms: number) => new Date(ms).toISOString();
  const c = s.committee;
  return {
    cycleId: s.cycleId,
    blocId: s.input.blocId,
    year: s.input.year,
    phase: s.phase,
    phaseEnteredAt: s.phaseEnteredAt,
    calendar: { ...s.calendar },
    leadership: s.input.leadership,
    planAdopted: s.plan !== undefined,
    units: s.units.map((u) => ({
      id: u.id,
      name: u.name,
      pactSigned: u.pactSignedAt !== undefined,
      registered: u.registeredAt !== undefined,
      selfAssessment: u.sa.status,
      late: u.sa.late || u.registrationLate === true,
      lateReports: u.lateReports,
      latePenalty: latePenaltyOf(s, u),
      overdue: { ...u.overdue },
      deadlines: {
        registration: iso(unitDueMs(s, u, 'registration')),
        selfAssessment: iso(unitDueMs(s, u, 'selfAssessment')),
        reviewResponse: iso(unitDueMs(s, u, 'reviewResponse')),
      },
      extension: u.extensions.selfAssessment
        ? { until: u.extensions.selfAssessment.until, reason: u.extensions.selfAssessment.reason }
        : undefined,
      reviewed: u.review.reviewedAt !== undefined,
      responded: u.review.respondedAt !== undefined,
    })),
    ranking: s.ranking,
    notSubmitted: [...(s.notSubmitted ?? [])],
    attendance: s.attendance,
    rounds: s.rounds,
    votes: s.votes,
    withdrawals: s.withdrawals,
    eligibilityCases: s.eligibilityCases,
    revocations: s.revocations,
    elected: s.elected,
    nominations: s.nominations,
    stepRecordIds: [...s.stepRecordIds],
    dossier: s.dossier,
    committee: {
      ...c,
      workingDaysElapsed: c.startedAt
        ? workingDaysElapsed(Date.parse(c.startedAt), Date.now(), s.input.holidays)
        : undefined,
    },
    decision: s.decision,
    nextCycle: s.nextCycle,
    overdue: s.searchOverdue,
    seq: s.seq,
  };
}
