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
    scores: sheet.criteria.map((c) => ({
      selfAssessmentId: id,
      criterionId: c.criterionId,
      selfScore: c.selfScore,
      reviewedScore: c.reviewedScore ?? null,
      reasonForChange: c.reviewReason ?? null,
      selfNote: c.selfNote ?? null,
    })) satisfies Insert<typeof s.assessmentScores>[],
    adjustments: [
      ...(sheet.bonuses ?? []).map((b) => ({
        selfAssessmentId: id,
        kind: 'bonus' as const,
        itemId: b.itemId,
        selfValue: b.selfPoints,
        reviewedValue: b.reviewedPoints ?? null,
        reasonForChange: b.reviewReason ?? null,
      })),
      ...(sheet.penalties ?? []).map((p) => ({
        selfAssessmentId: id,
        kind: 'penalty' as const,
        itemId: p.itemId,
        selfValue: p.selfCount,
        reviewedValue: p.reviewedCount ?? null,
        reasonForChange: p.reviewReason ?? null,
      })),
    ] satisfies Insert<typeof s.assessmentAdjustments>[],
  };
}
