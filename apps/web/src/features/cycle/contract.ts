import type { In, Out } from '../../api/types';

export type CycleDetail = Out['cycles']['get'];
export type Phase = CycleDetail['phase'];
export type UnitProgress = CycleDetail['units'][number];
type WorkflowCalendar = In['cycles']['start']['calendar'];
export type DeadlineKind = keyof WorkflowCalendar;
