import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../rules/defaults';
import { daysLate, latePenaltyLine } from './late';

const rules = defaultRuleSet(2024);

describe('the late-submission penalty line', () => {
  it('counts each day begun after the deadline', () => {
    const due = '2024-12-08T16:59:00.000Z';
    expect(daysLate(due, '2024-12-08T17:05:00.000Z')).toBe(1);
    expect(daysLate(due, '2024-12-09T16:59:00.000Z')).toBe(1);
    expect(daysLate(due, '2024-12-11T17:00:00.000Z')).toBe(4);
  });

  it('names the rule, each late report with its days, and the points the totals deduct', () => {
    const line = latePenaltyLine(rules, 2, [
      { report: 'registration', due: '2024-03-15T16:59:00.000Z', at: '2024-03-17T02:00:00.000Z' },
      { report: 'selfAssessment', due: '2024-12-08T16:59:00.000Z', at: '2024-12-09T01:00:00.000Z' },
    ]);
    expect(line).toEqual({
      rule: rules.lateSubmission.source,
      pointsPerReport: 0.5,
      reports: [
        expect.objectContaining({ report: 'registration', label: 'Bản đăng ký thi đua', daysLate: 2 }),
        expect.objectContaining({ report: 'selfAssessment', label: 'Báo cáo tự chấm điểm', daysLate: 1 }),
      ],
      points: 1,
    });
  });

  it('has no line when nothing was late', () => {
    expect(latePenaltyLine(rules, 0, [])).toBeNull();
  });
});
