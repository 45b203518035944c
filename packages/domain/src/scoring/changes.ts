import type { ScoreSheet } from './sheet';

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

/** One line of a sheet, whatever it scores: the unit's value, the reviewers' (absent: accepted). */
export interface SheetLine {
  kind: ReviewedItemKind;
  itemId: string;
  self: number;
  reviewed: number | undefined;
  reason?: string | undefined;
}

/** Every line of a sheet: criteria, then bonus items, then penalty items. */
export function sheetLines(sheet: ScoreSheet): SheetLine[] {
  const line = (
    kind: ReviewedItemKind,
    itemId: string,
    self: number,
    reviewed?: number,
    reason?: string,
  ) => ({
    kind,
    itemId,
    self,
    reviewed,
    reason,
  });
  return [
    ...sheet.criteria.map((c) =>
      line('criterion', c.criterionId, c.selfScore, c.reviewedScore, c.reviewReason),
    ),
    ...(sheet.bonuses ?? []).map((b) =>
      line('bonus', b.itemId, b.selfPoints, b.reviewedPoints, b.reviewReason),
    ),
    ...(sheet.penalties ?? []).map((p) =>
      line('penalty', p.itemId, p.selfCount, p.reviewedCount, p.reviewReason),
    ),
  ];
}

/**
 * The lines a review sets anew between two states of the same sheet: every line whose reviewed
 * value was set or changed (a reviewer confirming the unit's own score is a change too: it is now
 * the reviewers' value), in the sheet's order.
 */
export function reviewScoreChanges(before: ScoreSheet, after: ScoreSheet): ReviewScoreChange[] {
  const previous = sheetLines(before);
  return sheetLines(after).flatMap((line): ReviewScoreChange[] => {
    if (line.reviewed === undefined) return [];
    const old = previous.find((p) => p.kind === line.kind && p.itemId === line.itemId);
    if (old?.reviewed === line.reviewed && old.reason === line.reason) return [];
    return [
      {
        kind: line.kind,
        itemId: line.itemId,
        self: line.self,
        before: old ? (old.reviewed ?? old.self) : 0,
        after: line.reviewed,
        ...(line.reason ? { reason: line.reason } : {}),
      },
    ];
  });
}
