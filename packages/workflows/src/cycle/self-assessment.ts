/**
 * Self-assessment: the unit officer drafts scores in PostgreSQL (no workflow traffic for the ~100
 * edits of a sheet); the unit head signs off the final sheet here, then it is submitted. Deadlines:
 * the bloc head may extend one unit's once; the secretariat may move a phase deadline for all.
 */
import { patched } from '@temporalio/workflow';
import { type ScoreSheet, type ScoringTemplate, validateScores } from '@thidua/domain';
import { requireInstant, requireText, unitOf } from './authz';
import type { CycleContext } from './context';
import { unitDueMs } from './deadlines';
import { refuse } from './errors';
import type {
  AdvancePhaseArgs,
  GrantExtensionArgs,
  MoveDeadlineArgs,
  SignOffArgs,
  SubmitResult,
  UnitArgs,
} from './messages';
import { notice, toBloc, unitNotices } from './notify';
import { issuePact } from './step-records';
import { type CycleState, deadlineKinds, deadlinePhase, phases, type UnitState } from './types';

/** Only the self side of the sheet comes from the unit; anything else in the payload is ignored. */
function selfSheet(unitId: string, input: SignOffArgs['sheet']): ScoreSheet {
  return {
    unitId,
    criteria: (input?.criteria ?? []).map((c) => ({
      criterionId: c.criterionId,
      selfScore: c.selfScore,
      ...(c.selfNote !== undefined ? { selfNote: c.selfNote } : {}),
    })),
    bonuses: (input?.bonuses ?? []).map((b) => ({ itemId: b.itemId, selfPoints: b.selfPoints })),
    penalties: (input?.penalties ?? []).map((p) => ({ itemId: p.itemId, selfCount: p.selfCount })),
  };
}

function template(state: CycleState): ScoringTemplate {
  if (!state.template) refuse('PLAN_NOT_ADOPTED');
  return state.template;
}

/** In review only units whose sheet is not in (returned, or never handed in) may still sign and submit. */
function checkOpenSheet(unit: UnitState): void {
  if (unit.sa.status === 'submitted') refuse('ALREADY_SUBMITTED');
}

export function registerSelfAssessmentSteps(ctx: CycleContext): void {
  const s = ctx.state;

  ctx.step('signOffSelfAssessment', {
    unitOf: (a: SignOffArgs) => a.unitId,
    validate: (a) => {
      checkOpenSheet(unitOf(s, a.unitId));
      validateScores(template(s), selfSheet(a.unitId, a.sheet), { requireComplete: true });
    },
    apply: async (a) => {
      const unit = unitOf(s, a.unitId);
      const sheet = selfSheet(a.unitId, a.sheet);
      unit.sa = {
        ...unit.sa,
        status: 'signedOff',
        sheet,
        signedOffAt: ctx.nowIso(),
        signedOffBy: a.actor.userId,
      };
      ctx.bump();
      await ctx.recordUpdate('signOffSelfAssessment', a, {
        audit: { action: 'selfAssessment.signOff', entity: 'unit', entityId: unit.id },
        units: [unit],
        effects: [{ kind: 'selfAssessmentSignedOff', unitId: unit.id, userId: a.actor.userId, sheet }],
      });
      return ctx.ack();
    },
  });

  ctx.step('submitSelfAssessment', {
    unitOf: (a: UnitArgs) => a.unitId,
    validate: (a) => {
      const unit = unitOf(s, a.unitId);
      checkOpenSheet(unit);
      if (unit.sa.status !== 'signedOff') refuse('NOT_SIGNED_OFF');
    },
    apply: async (a): Promise<SubmitResult> => {
      const unit = unitOf(s, a.unitId);
      // A revision asked for by the reviewers is not late; the first hand-in after the deadline is.
      const due = unitDueMs(s, unit, 'selfAssessment');
      const late = unit.sa.returns === 0 && !unit.sa.late && ctx.nowMs() > due;
      unit.sa = { ...unit.sa, status: 'submitted', submittedAt: ctx.nowIso(), late: unit.sa.late || late };
      if (late) {
        unit.lateReports += 1;
        unit.lateHandIns.push({
          report: 'selfAssessment',
          due: new Date(due).toISOString(),
          at: unit.sa.submittedAt as string,
        });
      }
      ctx.bump();
      ctx.syncSearchAttributes();
      const own = ctx.recordUpdate('submitSelfAssessment', a, {
        audit: {
          action: 'selfAssessment.submit',
          entity: 'unit',
          entityId: unit.id,
          after: { late, lateReports: unit.lateReports },
        },
        units: [unit],
        effects: [
          {
            kind: 'selfAssessmentSubmitted',
            unitId: unit.id,
            late: unit.sa.late,
            lateReports: unit.lateReports,
          },
        ],
        notifications: late
          ? [notice(s, toBloc(s), 'selfAssessment.late', a.updateId, { unitId: unit.id })]
          : [],
      });
      const next =
        s.phase === 'selfAssessment' && s.units.every((u) => u.sa.status === 'submitted')
          ? ctx.enterPhase('review', 'Các đơn vị đã nộp bản tự chấm điểm')
          : undefined;
      await own;
      await next;
      return { ...ctx.ack(), late, lateReports: unit.lateReports };
    },
  });

  ctx.step('grantExtension', {
    validate: (a: GrantExtensionArgs) => {
      const unit = unitOf(s, a.unitId);
      requireText(a.reason, 'lý do gia hạn');
      if (unit.sa.status === 'submitted') refuse('ALREADY_SUBMITTED');
      if (unit.extensions.selfAssessment) refuse('EXTENSION_ALREADY_GRANTED');
      const until = requireInstant(a.until, 'Hạn mới');
      if (until <= Date.parse(s.calendar.selfAssessment) || until <= ctx.instantOf(a)) {
        refuse('INVALID_INPUT', 'Hạn gia hạn phải sau hạn chung của Khối và sau thời điểm hiện tại.');
      }
    },
    apply: async (a) => {
      const unit = unitOf(s, a.unitId);
      const until = new Date(Date.parse(a.until)).toISOString();
      unit.extensions.selfAssessment = {
        until,
        reason: requireText(a.reason, 'lý do gia hạn'),
        grantedBy: a.actor.userId,
      };
      unit.overdue.selfAssessment = false;
      ctx.deadlinesMoved();
      await ctx.recordUpdate('grantExtension', a, {
        audit: {
          action: 'deadline.extend',
          entity: 'unit',
          entityId: unit.id,
          after: { deadline: 'selfAssessment', until, reason: a.reason },
        },
        units: [unit],
        notifications: unitNotices(s, unit.id, 'deadline.extended', a.updateId, {
          deadline: 'selfAssessment',
          until,
        }),
      });
      return ctx.ack();
    },
  });

  ctx.step('moveDeadline', {
    validate: (a: MoveDeadlineArgs) => {
      if (!deadlineKinds.includes(a.deadline)) refuse('INVALID_INPUT', 'Loại thời hạn không hợp lệ.');
      requireText(a.reason, 'lý do điều chỉnh');
      requireInstant(a.at, 'Thời hạn mới');
      if (phases.indexOf(s.phase) > phases.indexOf(deadlinePhase[a.deadline])) {
        refuse('WRONG_PHASE', 'Giai đoạn có thời hạn này đã kết thúc.', {
          phase: s.phase,
          deadline: a.deadline,
        });
      }
    },
    apply: async (a) => {
      const at = new Date(Date.parse(a.at)).toISOString();
      const before = s.calendar[a.deadline];
      s.calendar[a.deadline] = at;
      const now = ctx.nowMs();
      // Units marked late only because of the old date are no longer late.
      for (const unit of s.units) {
        if (unit.overdue[a.deadline] && unitDueMs(s, unit, a.deadline) > now)
          unit.overdue[a.deadline] = false;
      }
      if (a.deadline === 'dossier' && s.dossier.overdue && Date.parse(at) > now) s.dossier.overdue = false;
      ctx.deadlinesMoved();
      await ctx.recordUpdate('moveDeadline', a, {
        audit: {
          action: 'deadline.move',
          entity: 'cycle',
          entityId: s.cycleId,
          before: { [a.deadline]: before },
          after: { [a.deadline]: at, reason: a.reason },
        },
        units: s.units,
        notifications: [notice(s, toBloc(s), 'deadline.moved', a.updateId, { deadline: a.deadline, at })],
      });
      return ctx.ack();
    },
  });

  ctx.step('advancePhase', {
    validate: (a: AdvancePhaseArgs) => {
      if (a.from !== s.phase) refuse('WRONG_PHASE', undefined, { phase: s.phase, from: a.from });
      requireText(a.reason, 'lý do');
    },
    apply: async (a) => {
      const from = s.phase;
      s.forced.push(from);
      const next = from === 'registration' ? 'selfAssessment' : 'review';
      await ctx.enterPhase(next, `Trưởng Khối kết thúc giai đoạn: ${a.reason}`);
      await ctx.recordUpdate('advancePhase', a, {
        audit: {
          action: 'cycle.advance',
          entity: 'cycle',
          entityId: s.cycleId,
          before: { phase: from },
          after: { phase: next, reason: a.reason },
        },
      });
      // Registration closed by the bloc head rather than by the last unit: the pact is issued all the same.
      if (from === 'registration' && patched('pact-at-registration-advance'))
        await ctx.issueRecords(() => issuePact(ctx));
      return ctx.ack();
    },
  });
}
