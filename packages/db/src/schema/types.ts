import type { IsoDate } from '@thidua/domain';

/**
 * Shapes of the projection jsonb columns. The workflow owns their meaning; these types only pin
 * the structure the UI and the activities agree on.
 */

export type UnitStepState = 'notStarted' | 'inProgress' | 'submitted' | 'done' | 'returned' | 'skipped';

export interface UnitStepStatus {
  state: UnitStepState;
  /** ISO timestamp of the last change. */
  at?: string | undefined;
  late?: boolean | undefined;
  /** The hand-in that counted as late: the deadline that applied then, and when (ISO). */
  lateHandIn?: { due: string; at: string } | undefined;
}

export interface UnitDeadline {
  due: IsoDate;
  /** Moved by an extension (the updatable-timer pattern). */
  extendedTo?: IsoDate | undefined;
  reason?: string | undefined;
}
