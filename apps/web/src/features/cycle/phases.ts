import type { CycleDetail, Phase } from './contract';

/** The year's line as the server draws it: each phase with its state and due moment. */
const timelineEntry = (cycle: CycleDetail, phase: Phase) =>
  cycle.timeline.find((entry) => entry.phase === phase);

/** The deadline that closes a phase (the workflow's instant when running, else the planned date). */
export const phaseDue = (cycle: CycleDetail, phase: Phase): string | undefined =>
  timelineEntry(cycle, phase)?.due ?? undefined;

/** Whether the year has moved past a phase. */
export const phaseDone = (cycle: CycleDetail, phase: Phase): boolean =>
  timelineEntry(cycle, phase)?.state === 'done';
