import type { In, Out } from '../../api/types';

export type CycleDetail = Out['cycles']['get'];
export type Phase = CycleDetail['phase'];
export type UnitProgress = CycleDetail['units'][number];
type WorkflowCalendar = In['cycles']['start']['calendar'];
export type DeadlineKind = keyof WorkflowCalendar;
export type StepName = CycleDetail['allowedActions'][number];

/** Whether the server accepts `step` from this user on the year now: a screen offers exactly these. */
export const can = (cycle: Pick<CycleDetail, 'allowedActions'>, step: StepName): boolean =>
  cycle.allowedActions.includes(step);
