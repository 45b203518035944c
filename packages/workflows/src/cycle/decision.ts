/**
 * The provincial decision: number and date checked before the step, the decision row written before
 * the cycle's state changes (a number taken meanwhile refuses the step and leaves the year in review),
 * then its record generated.
 */
import { patched } from '@temporalio/workflow';
import {
  checkDecision,
  checkDecisionDate,
  checkDecisionNumber,
  decisionNumberOf,
  vietnamDate,
} from '@thidua/domain';
import { requireText } from './authz';
import { acts, type CycleContext } from './context';
import { documentFacts, refuseWhileDeciding, stopClock } from './dossier';
import { refuse } from './errors';
import type { RecordDecisionArgs } from './messages';
import { awardsText, blocWideNotices } from './notify';
import type { CycleState } from './types';

export function registerDecisionStep(ctx: CycleContext): void {
  const s = ctx.state;

  ctx.step('recordDecision', {
    validate: (a: RecordDecisionArgs) => {
      refuseWhileDeciding(s);
      if (s.dossier.status !== 'accepted') refuse('NOT_ACCEPTED');
      checkDecisionNumber(a.number);
      checkDecisionDate(a.decisionDate, decisionDateBounds(s, ctx.instantOf(a)));
      requireText(a.signerName, 'họ tên người ký');
      requireText(a.signerTitle, 'chức vụ người ký');
      if (!Array.isArray(a.awards)) refuse('INVALID_INPUT');
      const proposed = s.nominations
        .filter((n) => n.status !== 'cut')
        .map((n) => ({ unitId: n.unitId, award: n.award }));
      checkDecision(a.awards, proposed);
    },
    apply: async (a) => {
      // Stored as the validator accepted it; a replayed older call (checked by older rules) still
      // passes here unchanged.
      const decision = {
        number: decisionNumberOf(a.number) ?? requireText(a.number, 'số quyết định'),
        decisionDate: a.decisionDate,
        signerName: requireText(a.signerName, 'họ tên người ký'),
        signerTitle: requireText(a.signerTitle, 'chức vụ người ký'),
        awards: a.awards.map((x) => ({ unitId: x.unitId, award: x.award })),
        recordedAt: ctx.nowIso(),
        documentIds: [] as string[],
      };
      const recordSpec = (): Parameters<CycleContext['record']>[0] => ({
        step: 'recordDecision',
        key: a.updateId,
        actor: a.actor,
        audit: {
          action: 'decision.record',
          entity: 'cycle',
          entityId: s.cycleId,
          after: { number: decision.number, awards: decision.awards },
        },
        effects: [
          {
            kind: 'decisionRecorded',
            userId: a.actor.userId,
            number: decision.number,
            decisionDate: decision.decisionDate,
            signerName: decision.signerName,
            signerTitle: decision.signerTitle,
            awards: decision.awards,
          },
        ],
        // The whole bloc learns the decision: each unit's officials and the bloc's leaders.
        notifications: blocWideNotices(s, 'decision.recorded', a.updateId, {
          number: decision.number,
          decisionDate: decision.decisionDate,
          summary: `Quyết định số ${decision.number} ngày ${decision.decisionDate.split('-').reverse().join('/')} của UBND tỉnh: ${awardsText(s, decision.awards)}.`,
        }),
      });
      if (patched('decision-row-before-state')) {
        // The decision row is written first and the state changes only once it is stored: the
        // province-wide unique number can still be refused there (two blocs racing on one number
        // past the API's check), and that refusal must leave the cycle in committee review, unchanged.
        s.decisionInFlight = a.updateId;
        try {
          await ctx.record(recordSpec());
        } finally {
          s.decisionInFlight = undefined;
        }
        s.decision = decision;
        stopClock(ctx, 'decided');
        s.dossier.status = 'decided';
        ctx.bump();
        await ctx.enterPhase('decided', `Quyết định số ${decision.number}`);
      } else {
        s.decision = decision;
        stopClock(ctx, 'decided');
        s.dossier.status = 'decided';
        ctx.bump();
        const own = ctx.record(recordSpec());
        const next = ctx.enterPhase('decided', `Quyết định số ${decision.number}`);
        await own;
        await next;
      }
      const docs = await acts.generateDocuments({
        cycleId: s.cycleId,
        set: 'decision',
        key: `decision:${a.updateId}`,
        at: ctx.nowIso(),
        facts: documentFacts(s),
      });
      decision.documentIds = docs.map((d) => d.id);
      ctx.bump();
      await ctx.record({
        step: 'documents.generated',
        key: `decision:${a.updateId}`,
        audit: {
          action: 'document.generate',
          entity: 'cycle',
          entityId: s.cycleId,
          after: { set: 'decision', documents: docs },
        },
      });
      return ctx.ack();
    },
  });
}

/**
 * The decision follows the last submission of the Tờ trình and is not dated after the day it is
 * recorded (today in Vietnam; a back-filled year's recorded day).
 */
function decisionDateBounds(s: CycleState, now: number) {
  return {
    submittedOn: s.committee.startedAt === undefined ? undefined : vietnamDate(s.committee.startedAt),
    today: vietnamDate(now),
  };
}
