import { describe, expect, it } from 'vitest';
import { demoTemplate2022 } from '../demo/template';
import { defaultRuleSet } from '../rules/defaults';
import { reviewScoreChanges } from './changes';
import { crossReviewSummary, reviewChangeText } from './cross-review';
import type { ScoreSheet } from './sheet';

/** The sheet with its first criterion reviewed to `score` for `reason`. */
const reviewedTo = (score: number, reason: string): ScoreSheet => ({
  ...submitted,
  criteria: [
    { criterionId: 'c1', selfScore: 10, reviewedScore: score, reviewReason: reason },
    { criterionId: 'c2', selfScore: 8 },
  ],
});

const submitted: ScoreSheet = {
  unitId: 'u1',
  criteria: [
    { criterionId: 'c1', selfScore: 10 },
    { criterionId: 'c2', selfScore: 8 },
  ],
  bonuses: [{ itemId: 'b1', selfPoints: 2 }],
  penalties: [],
};

describe('the changes a review makes', () => {
  it('takes the unit’s own score as the value before a first review, and the reason given', () => {
    const deputy = reviewedTo(7, 'Thiếu minh chứng');
    expect(reviewScoreChanges(submitted, deputy)).toEqual([
      { kind: 'criterion', itemId: 'c1', self: 10, before: 10, after: 7, reason: 'Thiếu minh chứng' },
    ]);
  });

  it('takes the previous reviewed value before a second change, and leaves untouched lines out', () => {
    const deputy = reviewedTo(7, 'a');
    const head: ScoreSheet = {
      ...reviewedTo(8.5, 'b'),
      bonuses: [{ itemId: 'b1', selfPoints: 2, reviewedPoints: 1, reviewReason: 'c' }],
      penalties: [{ itemId: 'p1', selfCount: 0, reviewedCount: 1 }],
    };
    expect(reviewScoreChanges(deputy, head)).toEqual([
      { kind: 'criterion', itemId: 'c1', self: 10, before: 7, after: 8.5, reason: 'b' },
      { kind: 'bonus', itemId: 'b1', self: 2, before: 2, after: 1, reason: 'c' },
      { kind: 'penalty', itemId: 'p1', self: 0, before: 0, after: 1 },
    ]);
    expect(reviewScoreChanges(head, head)).toEqual([]);
  });
});

describe('the cross-review summary', () => {
  const [c1, c2] = demoTemplate2022.groups[0]?.criteria ?? [];
  if (!c1 || !c2) throw new Error('the demo template has criteria');
  const sheet: ScoreSheet = {
    unitId: 'u1',
    criteria: [
      { criterionId: c1.id, selfScore: c1.maxPoints, reviewedScore: c1.maxPoints - 1, reviewReason: 'b' },
      { criterionId: c2.id, selfScore: c2.maxPoints },
    ],
  };
  const change = (before: number, after: number, reason: string, at: string) => ({
    unitId: 'u1',
    kind: 'criterion' as const,
    itemId: c1.id,
    self: c1.maxPoints,
    before,
    after,
    reason,
    by: 'Nguyễn Văn A',
    byRole: 'blocDeputy' as const,
    at,
  });

  it('lists the changed lines with every change and the unit’s reply, and leaves the rest out', () => {
    const first = change(c1.maxPoints, c1.maxPoints - 2, 'a', '2024-12-05T03:00:00.000Z');
    const second = {
      ...change(c1.maxPoints - 2, c1.maxPoints - 1, 'b', '2024-12-06T03:00:00.000Z'),
      byRole: 'blocHead' as const,
    };
    const reply = {
      unitId: 'u1',
      body: 'Đơn vị xin giải trình',
      by: 'Trần B',
      at: '2024-12-07T03:00:00.000Z',
    };
    const [unit] = crossReviewSummary(demoTemplate2022, defaultRuleSet(2024), [sheet], {
      changes: [first, second, { ...first, unitId: 'u2' }],
      replies: [reply],
    });
    expect(unit?.lines).toEqual([
      expect.objectContaining({
        code: c1.code,
        self: c1.maxPoints,
        reviewed: c1.maxPoints - 1,
        changes: [first, second],
      }),
    ]);
    expect(unit?.reply).toEqual(reply);
    expect(unit && unit.selfTotal - unit.reviewedTotal).toBe(1);
    expect(reviewChangeText(first)).toBe(
      `${c1.maxPoints} → ${c1.maxPoints - 2} (Phó Khối Nguyễn Văn A, 05/12/2024): a`,
    );
  });
});
