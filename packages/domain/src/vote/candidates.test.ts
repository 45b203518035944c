import { describe, expect, it } from 'vitest';
import { demoTemplate2022 } from '../demo/template';
import { defaultRuleSet } from '../rules/defaults';
import { allCriteria } from '../scoring/points';
import { rankUnits } from '../scoring/rank';
import { buildCandidateList } from './candidates';

const template = demoTemplate2022;
const full = {
  criteria: allCriteria(template).map((c) => ({ criterionId: c.id, selfScore: c.maxPoints })),
};
const ranking = rankUnits(
  template,
  [
    { unitId: 'A', unitCode: 'A', sheet: { unitId: 'A', ...full } },
    { unitId: 'B', unitCode: 'B', sheet: { unitId: 'B', ...full } },
  ],
  'reviewed',
);
const statuses = ['A', 'B', 'C'].map((unitId) => ({ unitId, flags: [] }));

describe('a unit without a report', () => {
  it('is no candidate, with the reason, unless the year’s rules let it stand', () => {
    const rules = defaultRuleSet(2024);
    const input = { award: 'provincialFlag' as const, ranking, statuses, nameOf: (id: string) => id };
    const barred = buildCandidateList({ ...input, ruleSet: rules, notSubmitted: ['C'] });
    expect(barred.candidates.map((c) => c.unitId)).toEqual(['A', 'B']);
    expect(barred.excluded).toEqual([
      {
        unitId: 'C',
        reasons: [expect.objectContaining({ code: 'noReport', label: 'Không nộp báo cáo tự chấm điểm' })],
      },
    ]);
    const lenient = {
      ...rules,
      candidacy: {
        ...rules.candidacy,
        provincialFlag: { ...rules.candidacy.provincialFlag, nonSubmittersMayStand: true },
      },
    };
    const standing = buildCandidateList({ ...input, ruleSet: lenient, notSubmitted: ['C'] });
    expect(standing.candidates.map((c) => [c.unitId, c.score])).toEqual([
      ['A', expect.any(Number)],
      ['B', expect.any(Number)],
      ['C', undefined],
    ]);
  });
});
