import type { CycleProjection, UnitProjection } from '@thidua/activities/contract';
import { type LateReportKind, type VoteKind, voteKinds } from '@thidua/domain';
import type { CycleInput, CycleState, UnitState, VoteState } from './types';
import { deadlineKinds } from './types';

const DAY_MS = 86_400_000;
const DEFAULT_REMINDER_OFFSETS_MS = [7 * DAY_MS, DAY_MS];
const DEFAULT_COMMITTEE_WORKING_DAYS = 25;

export function initialState(input: CycleInput, workflowId: string, nowIso: string): CycleState {
  const votes = Object.fromEntries(
    voteKinds.map((kind): [VoteKind, VoteState] => [
      kind,
      { kind, status: 'notStarted', elected: [], roundIds: [] },
    ]),
  ) as Record<VoteKind, VoteState>;
  return {
    input,
    cycleId: input.cycleId ?? workflowId,
    phase: 'setup',
    phaseEnteredAt: nowIso,
    calendar: { ...input.calendar },
    reminderOffsetsMs: input.reminderOffsetsMs ?? DEFAULT_REMINDER_OFFSETS_MS,
    units: input.units.map(
      (u): UnitState => ({
        id: u.id,
        code: u.code,
        name: u.name,
        flags: [...(u.flags ?? [])],
        sa: { status: 'draft', late: false, returns: 0 },
        review: { changed: false },
        extensions: {},
        overdue: {},
        lateReports: 0,
        lateHandIns: [],
      }),
    ),
    forced: [],
    rounds: [],
    votes,
    withdrawals: [],
    eligibilityCases: [],
    revocations: [],
    nominations: [],
    stepRecordIds: [],
    dossier: {
      status: 'notStarted',
      generation: 0,
      documentIds: [],
      submissions: 0,
      overdue: false,
      remindersSent: [],
    },
    committee: {
      workingDays: input.committee?.workingDays ?? DEFAULT_COMMITTEE_WORKING_DAYS,
      overdue: false,
      periods: [],
    },
    remindersSent: [],
    deadlineVersion: 0,
    seq: 0,
    searchOverdue: false,
  };
}

export function cycleProjection(state: CycleState): CycleProjection {
  return {
    phase: state.phase,
    phaseEnteredAt: state.phaseEnteredAt,
    status: state.phase === 'closed' ? 'closed' : 'open',
    calendar: { ...state.calendar },
    dossierFailure: state.dossier.status === 'failed' ? (state.dossier.failure ?? null) : null,
    dossierReady: state.dossier.status === 'ready',
    ...(state.phase === 'closed' ? { closedState: closedState(state) } : {}),
  };
}

/**
 * What a closed year keeps of its state, with each of its steps, for its after-close workflow to start
 * from: everything but the score sheets and the criteria table, which no step after the close reads.
 */
function closedState(state: CycleState): Record<string, unknown> {
  const { template: _template, ...kept } = state;
  return JSON.parse(
    JSON.stringify({ ...kept, units: state.units.map((u) => ({ ...u, sa: { ...u.sa, sheet: undefined } })) }),
  );
}

export function latePenaltyOf(state: CycleState, unit: UnitState): number {
  return unit.lateReports * (state.ruleSet?.lateSubmission.pointsPerLateReport ?? 0);
}

function lateHandInOf(unit: UnitState, report: LateReportKind): { due: string; at: string } | undefined {
  const handIn = unit.lateHandIns.find((h) => h.report === report);
  return handIn && { due: handIn.due, at: handIn.at };
}

/** The cycle_unit_status row of a unit: step states, deadlines with extensions, overdue, penalty. */
export function unitProjection(state: CycleState, unit: UnitState): UnitProjection {
  const deadlines: UnitProjection['deadlines'] = {};
  for (const kind of deadlineKinds) {
    if (kind === 'dossier') continue;
    const ext = unit.extensions[kind];
    deadlines[kind] = {
      due: state.calendar[kind],
      ...(ext ? { extendedTo: ext.until, reason: ext.reason } : {}),
    };
  }
  const saState = {
    draft: unit.sa.sheet ? 'inProgress' : 'notStarted',
    signedOff: 'inProgress',
    submitted: 'submitted',
    returned: 'returned',
  } as const;
  return {
    unitId: unit.id,
    steps: {
      pact: unit.pactSignedAt ? { state: 'done', at: unit.pactSignedAt } : { state: 'notStarted' },
      registration: unit.registeredAt
        ? {
            state: 'done',
            at: unit.registeredAt,
            late: unit.registrationLate ?? false,
            lateHandIn: lateHandInOf(unit, 'registration'),
          }
        : { state: 'notStarted' },
      selfAssessment: {
        state: saState[unit.sa.status],
        at: unit.sa.submittedAt ?? unit.sa.signedOffAt,
        late: unit.sa.late,
        lateHandIn: lateHandInOf(unit, 'selfAssessment'),
      },
      review: unit.review.reviewedAt
        ? { state: 'done', at: unit.review.reviewedAt }
        : { state: 'notStarted' },
      reviewResponse: unit.review.respondedAt
        ? { state: 'done', at: unit.review.respondedAt }
        : { state: unit.review.changed ? 'inProgress' : 'notStarted' },
    },
    deadlines,
    overdue: Object.values(unit.overdue).some(Boolean),
    latePenalty: latePenaltyOf(state, unit),
  };
}
