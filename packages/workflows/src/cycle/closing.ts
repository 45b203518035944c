/**
 * Closing: the year ends and next year's cycle starts as a new workflow execution (its own history,
 * id `cycle:<bloc>:<year+1>`), led by the units elected at the conference, with this year's criteria
 * table copied for editing. The child is abandoned on purpose: it outlives this execution.
 */
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import { copyTemplateForYear } from '@thidua/domain';
import { CYCLE_WORKFLOW_TYPE, cycleWorkflowId } from '../ids';
import { blocKey, overdueKey, phaseKey, yearKey } from '../search-attributes';
import { requireInstant } from './authz';
import type { CycleContext } from './context';
import { refuse } from './errors';
import type { CloseCycleArgs, CloseResult } from './messages';
import { type CycleCalendar, type CycleInput, type CycleState, deadlineKinds } from './types';

/** Same instants one calendar year later (29 February becomes 1 March). */
function shiftCalendar(calendar: CycleCalendar): CycleCalendar {
  const shifted = {} as CycleCalendar;
  for (const kind of deadlineKinds) {
    const d = new Date(Date.parse(calendar[kind]));
    d.setUTCFullYear(d.getUTCFullYear() + 1);
    shifted[kind] = d.toISOString();
  }
  return shifted;
}

function nextCycleInput(s: CycleState, nextCalendar?: CycleCalendar): CycleInput {
  if (!s.elected || !s.template) refuse('LEADERSHIP_NOT_ELECTED');
  const year = s.input.year + 1;
  return {
    blocId: s.input.blocId,
    provinceId: s.input.provinceId,
    year,
    units: s.input.units.map(({ flags: _flags, ...u }) => u),
    leadership: { headUnitId: s.elected.headUnitId, deputyUnitId: s.elected.deputyUnitId },
    calendar: nextCalendar ?? shiftCalendar(s.calendar),
    reminderOffsetsMs: s.reminderOffsetsMs,
    ruleSetId: s.ruleSet?.id ?? s.input.ruleSetId,
    scoringTemplate: copyTemplateForYear(s.template, year),
    committee: s.input.committee,
    previousCycleId: s.cycleId,
  };
}

/** Next year's execution, abandoned on purpose: it outlives this one. */
async function startNextCycle(next: NonNullable<CycleState['nextCycle']>, input: CycleInput): Promise<void> {
  try {
    await startChild(CYCLE_WORKFLOW_TYPE, {
      workflowId: next.workflowId,
      args: [input],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      typedSearchAttributes: [
        { key: blocKey, value: input.blocId },
        { key: yearKey, value: input.year },
        { key: phaseKey, value: 'setup' },
        { key: overdueKey, value: false },
      ],
    });
    next.started = true;
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    next.note = 'Chu kỳ năm sau đã được khởi tạo trước đó.';
  }
}

export function registerClosingSteps(ctx: CycleContext): void {
  const s = ctx.state;

  ctx.step('closeCycle', {
    validate: (a: CloseCycleArgs) => {
      if (s.closeRequested) refuse('WRONG_PHASE', 'Năm thi đua đang được kết thúc.');
      if (a.nextCalendar !== undefined) {
        for (const kind of deadlineKinds) requireInstant(a.nextCalendar?.[kind], `Thời hạn ${kind}`);
      }
      nextCycleInput(s, a.nextCalendar);
    },
    apply: async (a): Promise<CloseResult> => {
      s.closeRequested = { at: ctx.nowIso(), by: a.actor.userId, nextCalendar: a.nextCalendar };
      const input = nextCycleInput(s, a.nextCalendar);
      const workflowId = cycleWorkflowId(input.blocId, input.year);
      s.nextCycle = { workflowId, started: false };
      if (s.input.backfill) {
        // A year entered from its records is followed by a year started (or entered) on its own:
        // its shifted calendar would put next year's deadlines in the past.
        s.nextCycle.note = 'Năm sau được khởi động riêng: năm này được nhập lại từ hồ sơ.';
      } else {
        await startNextCycle(s.nextCycle, input);
      }
      ctx.bump();
      const own = ctx.recordUpdate('closeCycle', a, {
        audit: {
          action: 'cycle.close',
          entity: 'cycle',
          entityId: s.cycleId,
          after: {
            nextCycle: s.nextCycle,
            leadership: input.leadership,
            rightsHandedOver: !s.input.backfill,
          },
        },
        effects: [
          { kind: 'cycleClosed' },
          // A year entered from its records hands nothing over: its rights are long past.
          ...(s.input.backfill
            ? []
            : [
                {
                  kind: 'leadershipHandedOver' as const,
                  blocId: s.input.blocId,
                  fromYear: s.input.year,
                  ...input.leadership,
                },
              ]),
        ],
      });
      const next = ctx.enterPhase('closed', 'Kết thúc năm thi đua');
      await own;
      await next;
      return { ...ctx.ack(), nextWorkflowId: workflowId };
    },
  });
}
