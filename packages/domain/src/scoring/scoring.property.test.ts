import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoTemplate2022 } from '../demo/template';
import { defaultRuleSet } from '../rules/defaults';
import { allCriteria, maxTotalPoints } from './points';
import { rankUnits } from './rank';
import type { ScoreSheet } from './sheet';
import { scoreBreakdown } from './total';
import { scoreIssues } from './validate';

const t = demoTemplate2022;
const rs = defaultRuleSet(2022);
const quarter = (min: number, max: number) => fc.integer({ min: min * 4, max: max * 4 }).map((q) => q / 4);

/** Any sheet, including out-of-range values: totals must stay bounded regardless. */
const anySheet = (unitId: fc.Arbitrary<string>): fc.Arbitrary<ScoreSheet> =>
  fc.record({
    unitId,
    criteria: fc.tuple(
      ...allCriteria(t).map((c) =>
        fc.record({
          criterionId: fc.constant(c.id),
          selfScore: quarter(-2, c.maxPoints + 2),
          reviewedScore: fc.option(quarter(0, c.maxPoints), { nil: undefined }),
          reviewReason: fc.constant('Lý do.'),
        }),
      ),
    ),
    bonuses: fc.array(fc.record({ itemId: fc.constantFrom('b1', 'b2', 'b3'), selfPoints: quarter(0, 3) }), {
      maxLength: 5,
    }),
    penalties: fc.array(
      fc.record({ itemId: fc.constantFrom('p1', 'p2', 'p3'), selfCount: fc.integer({ min: 0, max: 20 }) }),
      { maxLength: 3 },
    ),
    lateReports: fc.integer({ min: 0, max: 10 }),
  });

/** In-range sheets only (what validateScores accepts). */
const validSheet = (unitId: fc.Arbitrary<string>): fc.Arbitrary<ScoreSheet> =>
  fc.record({
    unitId,
    criteria: fc.tuple(
      ...allCriteria(t).map((c) =>
        fc.record({ criterionId: fc.constant(c.id), selfScore: quarter(0, c.maxPoints) }),
      ),
    ),
    bonuses: fc.uniqueArray(
      fc.record({ itemId: fc.constantFrom('b1', 'b2', 'b3'), selfPoints: quarter(0, 1) }),
      { selector: (b) => b.itemId },
    ),
  });

describe('score properties', () => {
  it('totals never exceed Σmax + bonus cap and never go below 0 (they clamp at 0)', () => {
    fc.assert(
      fc.property(
        anySheet(fc.constant('u')),
        fc.constantFrom('self', 'reviewed') as fc.Arbitrary<'self' | 'reviewed'>,
        (sheet, which) => {
          const b = scoreBreakdown(t, sheet, which, rs);
          expect(b.total).toBeGreaterThanOrEqual(0);
          expect(b.total).toBeLessThanOrEqual(maxTotalPoints(t));
          expect(b.bonus).toBeLessThanOrEqual(t.bonus.cap);
          expect(Number.isInteger(b.total * 4)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('valid sheets pass validation and their total is base + capped bonus exactly', () => {
    fc.assert(
      fc.property(validSheet(fc.constant('u')), (sheet) => {
        expect(scoreIssues(t, sheet, { requireComplete: true })).toEqual([]);
        const b = scoreBreakdown(t, sheet, 'self');
        const base = sheet.criteria.reduce((s, c) => s + c.selfScore, 0);
        expect(b.base).toBe(base);
        expect(b.total).toBe(base + b.bonus);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ranking properties', () => {
  const entries = fc
    .uniqueArray(fc.stringMatching(/^[A-Z]{2,5}$/), { minLength: 0, maxLength: 12 })
    .chain((codes) =>
      fc.tuple(
        ...codes.map((code) =>
          validSheet(fc.constant(`u-${code}`)).map((sheet) => ({
            unitId: sheet.unitId,
            unitCode: code,
            sheet,
          })),
        ),
      ),
    );

  it('is a permutation, sorted by total, group I, then code, with positions 1..n', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const ranked = rankUnits(t, list, 'self');
        expect(ranked.map((r) => r.unitId).sort()).toEqual(list.map((e) => e.unitId).sort());
        expect(ranked.map((r) => r.position)).toEqual(list.map((_, i) => i + 1));
        for (let i = 1; i < ranked.length; i++) {
          const a = ranked[i - 1];
          const b = ranked[i];
          if (!a || !b) continue;
          const ok =
            a.total > b.total ||
            (a.total === b.total && a.firstGroupPoints > b.firstGroupPoints) ||
            (a.total === b.total && a.firstGroupPoints === b.firstGroupPoints && a.unitCode < b.unitCode);
          expect(ok).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the input order', () => {
    fc.assert(
      fc.property(
        entries.chain((l) =>
          fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length, maxLength: l.length })),
        ),
        ([a, b]) => {
          expect(rankUnits(t, a, 'self').map((r) => r.unitId)).toEqual(
            rankUnits(t, b, 'self').map((r) => r.unitId),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
