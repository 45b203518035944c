import { describe, expect, it } from 'vitest';
import { demoTemplate2022 } from '../demo/template';
import { defaultRuleSet } from '../rules/defaults';
import { expectDomainError } from '../test-helpers';
import { allCriteria, maxTotalPoints } from './points';
import type { ScoreSheet } from './sheet';
import { copyTemplateForYear, parseScoringTemplate, scoringTemplateSchema } from './template';
import { scoreBreakdown, tierOf, totalScore } from './total';
import { scoreIssues, validateScores } from './validate';

const t = demoTemplate2022;
const rs = defaultRuleSet(2022);
const full = (overrides: Record<string, number> = {}): ScoreSheet => ({
  unitId: 'u',
  criteria: allCriteria(t).map((c) => ({ criterionId: c.id, selfScore: overrides[c.id] ?? c.maxPoints })),
});

describe('scoring template', () => {
  it('the demo template is valid and sums to 100 + 5', () => {
    expect(scoringTemplateSchema.safeParse(t).success).toBe(true);
    expect(maxTotalPoints(t)).toBe(105);
  });

  it('refuses duplicate ids, non-positive max, off-step max and unordered tiers', () => {
    const g = t.groups[0];
    if (!g) throw new Error('no group');
    const variants = [
      {
        ...t,
        groups: [{ ...g, criteria: [...g.criteria, { ...g.criteria[0], code: 'x' }] }, ...t.groups.slice(1)],
      },
      { ...t, groups: [{ ...g, criteria: [{ ...g.criteria[0], maxPoints: 0 }] }] },
      { ...t, groups: [{ ...g, criteria: [{ ...g.criteria[0], maxPoints: 2.1 }] }] },
      { ...t, tiers: [...t.tiers].reverse() },
      { ...t, groups: [] },
    ];
    for (const v of variants) expectDomainError(() => parseScoringTemplate(v), 'TEMPLATE_INVALID');
  });

  it('copies for the next year without touching the original', () => {
    const copy = copyTemplateForYear(t, 2023);
    expect(copy.year).toBe(2023);
    expect(copy.id).toBe('tpl-b-noichinh-2023');
    expect(copy.title).toBe('Bảng tiêu chí chấm điểm thi đua Khối Nội chính năm 2023');
    expect(copy.groups).toEqual(t.groups);
    copy.groups[0]?.criteria.pop();
    expect(allCriteria(t)).toHaveLength(12);
    expectDomainError(() => copyTemplateForYear(t, 2023.5), 'INVALID_INPUT');
  });
});

describe('validateScores', () => {
  it('accepts a complete, in-range sheet', () => {
    expect(scoreIssues(t, full(), { requireComplete: true })).toEqual([]);
  });

  it('out of range names the criterion and the range', () => {
    const e = expectDomainError(() => validateScores(t, full({ 'c1.1': 31 })), 'SCORE_OUT_OF_RANGE');
    expect(e.message).toBe(
      'Điểm tự chấm của tiêu chí 1.1 "Thực hiện các chỉ tiêu chuyên môn theo giao ước thi đua" phải từ 0 đến 30 điểm (đã nhập: 31).',
    );
    expect(e.details).toMatchObject({ id: 'c1.1', min: 0, max: 30 });
    expectDomainError(() => validateScores(t, full({ 'c2.1': -0.25 })), 'SCORE_OUT_OF_RANGE');
    // NaN is not a number to zod: refused as malformed input.
    expectDomainError(() => validateScores(t, full({ 'c2.1': Number.NaN })), 'INVALID_INPUT');
  });

  it('refuses steps other than 0.25', () => {
    const e = expectDomainError(() => validateScores(t, full({ 'c1.1': 29.3 })), 'SCORE_STEP_INVALID');
    expect(e.message).toMatch(/bước 0,25 điểm/);
    expect(scoreIssues(t, full({ 'c1.1': 29.75 }))).toEqual([]);
  });

  it('refuses unknown and duplicate criteria, missing criteria when complete', () => {
    const sheet = full();
    expectDomainError(
      () =>
        validateScores(t, { ...sheet, criteria: [...sheet.criteria, { criterionId: 'c9', selfScore: 1 }] }),
      'UNKNOWN_CRITERION',
    );
    expectDomainError(
      () =>
        validateScores(t, { ...sheet, criteria: [...sheet.criteria, { criterionId: 'c1.1', selfScore: 1 }] }),
      'DUPLICATE_SCORE_ENTRY',
    );
    const partial = { ...sheet, criteria: sheet.criteria.slice(1) };
    expect(scoreIssues(t, partial)).toEqual([]);
    const e = expectDomainError(
      () => validateScores(t, partial, { requireComplete: true }),
      'SCORES_INCOMPLETE',
    );
    expect(e.message).toMatch(/1\.1/);
  });

  it('requires a reason when the reviewed score differs', () => {
    const sheet = full();
    const c0 = sheet.criteria[0];
    if (!c0) throw new Error();
    const changed = { ...sheet, criteria: [{ ...c0, reviewedScore: 29 }, ...sheet.criteria.slice(1)] };
    expectDomainError(() => validateScores(t, changed), 'REVIEW_REASON_REQUIRED');
    const withBlank = {
      ...sheet,
      criteria: [{ ...c0, reviewedScore: 29, reviewReason: '  ' }, ...sheet.criteria.slice(1)],
    };
    expectDomainError(() => validateScores(t, withBlank), 'REVIEW_REASON_REQUIRED');
    const ok = {
      ...sheet,
      criteria: [{ ...c0, reviewedScore: 29, reviewReason: 'Thiếu minh chứng.' }, ...sheet.criteria.slice(1)],
    };
    expect(scoreIssues(t, ok)).toEqual([]);
    const same = { ...sheet, criteria: [{ ...c0, reviewedScore: 30 }, ...sheet.criteria.slice(1)] };
    expect(scoreIssues(t, same)).toEqual([]);
  });

  it('checks bonus, penalty, disqualifier and late entries', () => {
    const s = full();
    expectDomainError(
      () => validateScores(t, { ...s, bonuses: [{ itemId: 'b1', selfPoints: 3 }] }),
      'SCORE_OUT_OF_RANGE',
    );
    expectDomainError(
      () => validateScores(t, { ...s, bonuses: [{ itemId: 'bx', selfPoints: 1 }] }),
      'UNKNOWN_CRITERION',
    );
    expectDomainError(
      () => validateScores(t, { ...s, penalties: [{ itemId: 'p1', selfCount: 1.5 }] }),
      'SCORE_OUT_OF_RANGE',
    );
    expectDomainError(
      () => validateScores(t, { ...s, penalties: [{ itemId: 'p1', selfCount: 0, reviewedCount: 2 }] }),
      'REVIEW_REASON_REQUIRED',
    );
    expectDomainError(() => validateScores(t, { ...s, disqualifierIds: ['dx'] }), 'UNKNOWN_CRITERION');
    expectDomainError(() => validateScores(t, { ...s, lateReports: -1 }), 'INVALID_INPUT');
    expectDomainError(() => validateScores(t, { unitId: 'u' } as never), 'INVALID_INPUT');
  });
});

describe('totals and tiers', () => {
  it('caps the bonus, subtracts penalties and late reports', () => {
    const s: ScoreSheet = {
      ...full({ 'c1.1': 28 }),
      bonuses: [
        { itemId: 'b1', selfPoints: 2 },
        { itemId: 'b2', selfPoints: 2 },
        { itemId: 'b3', selfPoints: 1 },
      ],
      penalties: [{ itemId: 'p2', selfCount: 1 }],
      lateReports: 2,
    };
    const b = scoreBreakdown(t, s, 'self', rs);
    expect(b).toMatchObject({ base: 98, bonusClaimed: 5, bonus: 5, penalty: 1, latePenalty: 1, total: 101 });
    expect(b.groups.map((g) => g.points)).toEqual([48, 15, 15, 12, 8]);
    expect(
      totalScore(t, { ...s, bonuses: [...(s.bonuses ?? []), { itemId: 'b1', selfPoints: 2 }] }, 'self', rs),
    ).toBe(101);
  });

  it('late reports need the rule set', () => {
    expectDomainError(() => totalScore(t, { ...full(), lateReports: 1 }, 'self'), 'INVALID_INPUT');
  });

  it('the reviewed side falls back to self where the reviewer agreed', () => {
    const s = full();
    const c0 = s.criteria[0];
    if (!c0) throw new Error();
    const r = { ...s, criteria: [{ ...c0, reviewedScore: 27, reviewReason: 'x' }, ...s.criteria.slice(1)] };
    expect(totalScore(t, r, 'self')).toBe(100);
    expect(totalScore(t, r, 'reviewed')).toBe(97);
  });

  it('clamps at 0', () => {
    const s: ScoreSheet = {
      unitId: 'u',
      criteria: [{ criterionId: 'c1.1', selfScore: 1 }],
      penalties: [{ itemId: 'p3', selfCount: 10 }],
    };
    expect(totalScore(t, s, 'self')).toBe(0);
  });

  it('applies the per-criterion floor of each tier', () => {
    expect(tierOf(t, full(), 'self').id).toBe('excellent');
    expect(tierOf(t, full(), 'self').label).toBe('Hoàn thành xuất sắc nhiệm vụ');
    // 95 points but 5.2 at 2/3 = 66.7 % of its max: fails every floor down to "completed" (70 %).
    expect(tierOf(t, full({ 'c5.2': 2 }), 'self').id).toBe('notCompleted');
    // 2.5/3 = 83.3 %: below 85 % → good, though the total is 99.5.
    expect(tierOf(t, full({ 'c5.2': 2.5 }), 'self').id).toBe('good');
    // exactly 85 %: 25.5/30 → excellent (≥), total 95.5.
    expect(tierOf(t, full({ 'c1.1': 25.5 }), 'self').id).toBe('excellent');
    expect(tierOf(t, full({ 'c1.1': 20, 'c1.2': 8, 'c1.3': 8 }), 'self').id).toBe('notCompleted');
    expect(tierOf(t, full({ 'c1.1': 22, 'c1.2': 8, 'c1.3': 8 }), 'self').id).toBe('completed');
    expect(tierOf(t, full({ 'c1.1': 24 }), 'self').id).toBe('good');
  });
});
