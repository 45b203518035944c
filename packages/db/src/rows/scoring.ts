import { randomUUID } from 'node:crypto';
import { normalizeStrings, type ScoreSheet } from '@thidua/domain';
import type * as s from '../schema';
import type { Insert } from './insert';

export interface SheetRowOptions {
  cycleId: string;
  status: 'draft' | 'submitted' | 'signedOff';
  submittedAt?: Date;
}

/** A score sheet as its header, criterion scores and bonus/penalty adjustments. */
export function sheetRows(input: ScoreSheet, options: SheetRowOptions) {
  const sheet = normalizeStrings(input);
  const id = randomUUID();
  const at = options.submittedAt ?? null;
  return {
    assessment: {
      id,
      cycleId: options.cycleId,
      unitId: sheet.unitId,
      status: options.status,
      submittedAt: options.status === 'draft' ? null : at,
      signedOffAt: options.status === 'signedOff' ? at : null,
      lateReports: sheet.lateReports ?? 0,
      disqualifierIds: sheet.disqualifierIds ?? [],
    } satisfies Insert<typeof s.selfAssessments>,
    ...sheetLineRows(id, sheet),
  };
}

/** A blank reason is no reason (the domain and the CHECKs read it so): stored as NULL, never ''. */
const reasonOf = (reason: string | undefined): string | null => reason?.trim() || null;

/**
 * The criterion scores and bonus/penalty adjustments of a sheet, both sides: the one mapping of a
 * sheet's lines to rows, used by the seeds and by every write of a stored sheet.
 */
export function sheetLineRows(selfAssessmentId: string, input: ScoreSheet) {
  const sheet = normalizeStrings(input);
  const adjustment = (
    kind: 'bonus' | 'penalty',
    itemId: string,
    selfValue: number,
    reviewedValue: number | undefined,
    reason: string | undefined,
  ) => ({
    selfAssessmentId,
    kind,
    itemId,
    selfValue,
    reviewedValue: reviewedValue ?? null,
    reasonForChange: reasonOf(reason),
  });
  return {
    scores: sheet.criteria.map((c) => ({
      selfAssessmentId,
      criterionId: c.criterionId,
      selfScore: c.selfScore,
      reviewedScore: c.reviewedScore ?? null,
      reasonForChange: reasonOf(c.reviewReason),
      selfNote: c.selfNote ?? null,
    })) satisfies Insert<typeof s.assessmentScores>[],
    adjustments: [
      ...(sheet.bonuses ?? []).map((b) =>
        adjustment('bonus', b.itemId, b.selfPoints, b.reviewedPoints, b.reviewReason),
      ),
      ...(sheet.penalties ?? []).map((p) =>
        adjustment('penalty', p.itemId, p.selfCount, p.reviewedCount, p.reviewReason),
      ),
    ] satisfies Insert<typeof s.assessmentAdjustments>[],
  };
}
