import { describe, expect, test } from 'vitest';
import { demoRuleSet } from '../demo/rules';
import { ruleSetForYear } from './next-year';

describe("a rule set started from last year's", () => {
  test('takes the new year into its id and title, and keeps the rules and citations', () => {
    const source = demoRuleSet(2023);
    const next = ruleSetForYear(source, 2024);
    expect(next.id).toBe('rs-backan-noichinh-2024');
    expect(next.year).toBe(2024);
    expect(next.title).toBe('Quy định thi đua, khen thưởng của Khối thi đua Nội chính năm 2024');
    expect(next.votes).toEqual(source.votes);
    expect(next.citations).toEqual(source.citations);
  });

  test('an id without a year gets one', () => {
    expect(ruleSetForYear({ ...demoRuleSet(2023), id: 'rs-rieng' }, 2024).id).toBe('rs-rieng-2024');
  });
});
