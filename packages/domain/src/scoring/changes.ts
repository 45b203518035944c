import { bonusValue, criterionValue, penaltyCount, type ScoreSheet } from './sheet';

/** What a reviewed line scores: a criterion, a bonus item (points) or a penalty item (count). */
export type ReviewedItemKind = 'criterion' | 'bonus' | 'penalty';

/**
 * One change of a reviewed value: the value in force before (the previous reviewed value, or the
 * unit's own when nobody had reviewed the line yet), the new one, the unit's own, and the reason.
 */
export interface ReviewScoreChange {
  kind: ReviewedItemKind;
  itemId: string;
  self: number;
  before: number;
  after: number;
  reason?: string | undefined;
}

interface Line {
  kind: ReviewedItemKind;
  itemId: string;
  self: number;
  value: number;
  reviewed: number | undefined;
  reason?: string | undefined;
}

function lines(sheet: ScoreSheet): Line[] {
  return [
    ...sheet.criteria.map(
      (c): Line => ({
        kind: 'criterion',
        itemId: c.criterionId,
        self: c.selfScore,
        value: criterionValue(c, 'reviewed'),
        reviewed: c.reviewedScore,
        reason: c.reviewReason,
      }),
    ),
    ...(sheet.bonuses ?? []).map(
      (b): Line => ({
        kind: 'bonus',
        itemId: b.itemId,
        self: b.selfPoints,
        value: bonusValue(b, 'reviewed'),
        reviewed: b.reviewedPoints,
        reason: b.reviewReason,
      }),
    ),
    ...(sheet.penalties ?? []).map(
      (p): Line => ({
        kind: 'penalty',
        itemId: p.itemId,
        self: p.selfCount,
        value: penaltyCount(p, 'reviewed'),
        reviewed: p.reviewedCount,
        reason: p.reviewReason,
      }),
    ),
  ];
}

/**
 * The lines a review sets anew between two states of the same sheet: every line whose reviewed
 * value was set or changed (a reviewer confirming the unit's own score is a change too: it is now
 * the reviewers' value), in the sheet's order.
 */
export function reviewScoreChanges(before: ScoreSheet, after: ScoreSheet): ReviewScoreChange[] {
  const previous = lines(before);
  return lines(after).flatMap((line): ReviewScoreChange[] => {
    if (line.reviewed === undefined) return [];
    const old = previous.find((p) => p.kind === line.kind && p.itemId === line.itemId);
    if (old?.reviewed === line.reviewed && old.reason === line.reason) return [];
    return [
      {
        kind: line.kind,
        itemId: line.itemId,
        self: line.self,
        before: old?.value ?? 0,
        after: line.reviewed,
        ...(line.reason ? { reason: line.reason } : {}),
      },
    ];
  });
}
