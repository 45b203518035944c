import type { UnitProgress } from '../cycle/contract';
import type { SelfAssessmentStatus } from './contract';

/**
 * The sheet's status as the workflow sees it: the cycle projection is the source of truth for the
 * process, the sheet row for the scores (the row may lag behind a submission or a return).
 */
export function sheetStatus(
  rowStatus: SelfAssessmentStatus,
  unit: UnitProgress | undefined,
): SelfAssessmentStatus {
  const step = unit?.steps.selfAssessment?.state;
  if (step === 'submitted' || step === 'done') return 'submitted';
  if (step === 'returned') return 'returned';
  return rowStatus;
}
