import { describe, expect, it } from 'vitest';
import { demoRuleSet } from '../demo/rules';
import { defaultRuleSet } from './defaults';
import { minorityDecisions } from './denominator';
import type { RuleSet } from './schema';

describe('a rule set whose denominator lets a minority decide', () => {
  it('is not the default nor the demo: both count on all the members, as the bloc’s regulation does', () => {
    for (const rules of [defaultRuleSet(2024), demoRuleSet(2023)]) {
      expect(Object.values(rules.votes).map((v) => v.denominator)).toEqual(Array(4).fill('allMembers'));
      expect(rules.votes.provincialFlag.source.text).toContain('trên 50% tổng số đơn vị thành viên của Khối');
      expect(minorityDecisions(rules)).toEqual([]);
    }
  });

  it('is flagged when the threshold counts on ballots received under a 2/3 quorum', () => {
    const base = defaultRuleSet(2024);
    const rules: RuleSet = {
      ...base,
      votes: {
        ...base.votes,
        provincialFlag: { ...base.votes.provincialFlag, denominator: 'ballotsReceived' },
      },
    };
    const [flag, ...rest] = minorityDecisions(rules);
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ voteKind: 'provincialFlag', membersPercent: 33.33 });
    expect(flag?.message).toBe(
      'Cờ thi đua của UBND tỉnh: ngưỡng trên 50% tính trên tổng số phiếu thu về, hội nghị hợp lệ khi có 2/3 số đơn vị: chỉ 33,33% số đơn vị thành viên đã đủ để quyết định. Quy chế của Khối tính trên tổng số đơn vị thành viên.',
    );
    // Three quarters of those present, under a 2/3 quorum, is still half the bloc: flagged at "≥".
    const strict = {
      ...rules.votes.provincialFlag,
      denominator: 'present' as const,
      threshold: { percent: 75, comparator: '>=' as const },
    };
    expect(minorityDecisions({ votes: { ...rules.votes, provincialFlag: strict } })).toHaveLength(1);
    expect(
      minorityDecisions({
        votes: {
          ...rules.votes,
          provincialFlag: { ...strict, threshold: { percent: 80, comparator: '>=' } },
        },
      }),
    ).toEqual([]);
  });
});
