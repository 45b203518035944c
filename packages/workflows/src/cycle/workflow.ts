/**
 * The cycle of one bloc and one year as a durable workflow. The phase machine:
 *
 *   setup ─(plan adopted, every pact signed)→ registration ─(all registered | head closes)→
 *   selfAssessment ─(all submitted | head closes)→ review ─(scores locked)→ conference
 *   ─(results confirmed)→ dossier ─(proposal submitted)→ committeeReview ─(returned)→ dossier …
 *   committeeReview ─(decision recorded)→ decided ─(closed; next year's cycle started)→ closed
 *
 * The execution ends with the close; a case found later and the revocation it grounds run in the
 * closed year's short after-close workflow (after-close.ts).
 *
 * Transitions happen synchronously inside the Update that triggers them, so the next validator
 * already sees the new phase. The main loop only runs the long phase work (dossier generation) and
 * hands over to a new run at the phases that start one (RUN_STARTING_PHASES, context.ts); a
 * background loop runs the deadline timers. A whole year would fit one run (a 30-unit cycle with
 * three runoffs and 100 draft edits per unit measured 4,457 events / 3.1 MB, far below Temporal's
 * 51,200 events / 50 MB): the runs bound what a worker holds and replays per cycle, not the history.
 *
 * Changing this code: cycles live for a year, so a change that alters the commands of a path some
 * running cycle may still take goes behind `if (patched('<change-id>'))` (old branch kept until no
 * cycle predates it, then `deprecatePatch`). test/replay.int.test.ts replays the committed histories
 * of test/fixtures/histories against the current code and fails on any nondeterminism; record new
 * ones with RECORD_HISTORIES=1 when a new path deserves one.
 */

import {
  allHandlersFinished,
  condition,
  continueAsNew,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { Phase } from '@thidua/activities/contract';
import { vietnamDate } from '@thidua/domain';
import { registerClosingSteps } from './closing';
import { registerConferenceSteps } from './conference';
import { CycleContext } from './context';
import { registerDecisionStep } from './decision';
import { documentFacts, generateDossier, registerDossierSteps } from './dossier';
import { registerEligibilityCaseSteps } from './eligibility-cases';
import { refuse } from './errors';
import { phaseQuery, recordFactsQuery, resyncProjectionSignal, stateQuery } from './messages';
import { registerReviewSteps } from './review';
import { registerRevocationStep } from './revocation';
import { registerSelfAssessmentSteps } from './self-assessment';
import { registerSetupSteps } from './setup';
import { snapshot } from './snapshot';
import { initialState } from './state';
import { runTimers } from './timers';
import { type CycleInput, deadlineKinds } from './types';
import { registerWithdrawalStep } from './withdrawal';

export interface CycleSummary {
  cycleId: string;
  year: number;
  phase: Phase;
  nominations: { award: string; unitId: string; status: string }[];
  decisionNumber?: string | undefined;
  nextWorkflowId?: string | undefined;
}

function checkInput(input: CycleInput): void {
  const bad = (message: string) => refuse('INVALID_INPUT', message);
  if (!input?.blocId || !input.provinceId || !Number.isInteger(input.year))
    bad('Thiếu Khối, tỉnh hoặc năm thi đua.');
  if (!Array.isArray(input.units) || input.units.length === 0) bad('Khối chưa có đơn vị thành viên.');
  const ids = input.units.map((u) => u.id);
  if (new Set(ids).size !== ids.length) bad('Danh sách đơn vị thành viên bị trùng.');
  const { headUnitId, deputyUnitId } = input.leadership ?? {};
  if (!ids.includes(headUnitId)) bad('Trưởng Khối phải là một đơn vị thành viên.');
  // No deputy when last year's conference elected none.
  if (deputyUnitId !== null && (!ids.includes(deputyUnitId) || headUnitId === deputyUnitId)) {
    bad('Trưởng Khối và Phó Khối phải là hai đơn vị thành viên khác nhau.');
  }
  for (const kind of deadlineKinds) {
    if (!Number.isFinite(Date.parse(input.calendar?.[kind] ?? ''))) bad(`Thời hạn "${kind}" không hợp lệ.`);
  }
  if (!input.ruleSetId) bad('Thiếu bộ quy định của năm.');
  // Only a year that is over is entered from its records.
  if (input.backfill && input.year >= Number(vietnamDate(Date.now()).slice(0, 4))) {
    bad(`Năm thi đua ${input.year} chưa kết thúc: chỉ năm đã qua mới được nhập lại từ hồ sơ.`);
  }
}

/** One workflow per bloc and year drives the whole cycle, in a run per stretch of the year. */
export async function cycleWorkflow(runInput: CycleInput): Promise<CycleSummary> {
  checkInput(runInput);
  const info = workflowInfo();
  const { resume, ...input } = runInput;
  const state = resume
    ? { ...resume, input }
    : initialState(input, info.workflowId, new Date(Date.now()).toISOString());
  const ctx = new CycleContext(state);

  setHandler(phaseQuery, () => state.phase);
  setHandler(stateQuery, () => snapshot(state));
  setHandler(recordFactsQuery, () => documentFacts(state));
  let resync = false;
  setHandler(resyncProjectionSignal, () => {
    resync = true;
  });
  registerSetupSteps(ctx);
  registerSelfAssessmentSteps(ctx);
  registerReviewSteps(ctx);
  registerConferenceSteps(ctx);
  registerWithdrawalStep(ctx);
  registerEligibilityCaseSteps(ctx);
  registerDossierSteps(ctx);
  registerDecisionStep(ctx);
  registerRevocationStep(ctx);
  registerClosingSteps(ctx);

  ctx.startRun();
  if (resume) {
    // The search attributes follow the cycle into its new run.
    ctx.syncSearchAttributes(true);
  } else {
    const init = await ctx.project((via) =>
      via.initCycle({
        cycleId: state.cycleId,
        workflowId: info.workflowId,
        blocId: input.blocId,
        provinceId: input.provinceId,
        year: input.year,
        ruleSetId: input.ruleSetId,
        calendar: { ...input.calendar },
        unitIds: input.units.map((u) => u.id),
        leadership: input.leadership,
        scoringTemplate: input.scoringTemplate,
        previousCycleId: input.previousCycleId,
      }),
    );
    state.cycleId = init.cycleId;
  }
  ctx.initialized = true;

  const timers = runTimers(ctx);

  while (state.phase !== 'closed') {
    await condition(
      () =>
        state.phase === 'closed' ||
        (state.phase === 'dossier' && state.dossier.status === 'generating') ||
        resync ||
        ctx.newRunDue,
    );
    if (resync) {
      resync = false;
      if (state.phase === 'dossier' && state.dossier.status === 'failed') state.dossier.status = 'generating';
      await ctx.record({ step: 'resync', key: `resync:${state.seq}`, units: state.units });
    }
    if (ctx.newRunDue) {
      ctx.handingOver = true;
      await timers;
      await ctx.quiet();
      // A resync asked for meanwhile is done in this run first.
      if (!resync) return await continueAsNew<typeof cycleWorkflow>(ctx.nextRunInput());
      continue;
    }
    if (state.phase === 'dossier' && state.dossier.status === 'generating') await generateDossier(ctx);
  }

  await timers;
  await condition(allHandlersFinished);
  if (ctx.recordsPending) await ctx.recordsIssued();
  return {
    cycleId: state.cycleId,
    year: input.year,
    phase: state.phase,
    nominations: state.nominations.map((n) => ({ award: n.award, unitId: n.unitId, status: n.status })),
    decisionNumber: state.decision?.number,
    nextWorkflowId: state.nextCycle?.workflowId,
  };
}
