import { describe, expect, it } from 'vitest';
import { demoLeaderships } from '../demo/org';
import { expectDomainError } from '../test-helpers';
import { citationLines, citationsFor } from './citations';
import { defaultRuleSet, parseRuleSet, parseStoredRuleSet, practiceDecisionRule } from './defaults';
import { blockScopeText, candidacyReasons, checkEligibility, tierAtLeast } from './eligibility';
import { baseSalaryAt, rewardAmount, rewardBreakdown } from './rewards';
import { rotationWarnings } from './rotation';
import { ruleSetSchema } from './schema';

const ids = (date: string, year = 2025) => citationsFor(defaultRuleSet(year), date).map((c) => c.id);

describe('default rule sets', () => {
  it.each([2022, 2023, 2024, 2025, 2026, 2030])('%d is valid data with a source on every rule', (year) => {
    const rs = defaultRuleSet(year);
    expect(ruleSetSchema.parse(rs)).toEqual(rs);
    expect(parseRuleSet(rs).year).toBe(year);
    for (const v of Object.values(rs.votes)) expect(v.source.citation.length).toBeGreaterThan(0);
    for (const b of rs.eligibilityBlocks) expect(b.source.text).toMatch(/khen thưởng|bình xét/);
  });

  it('has the press rule from ND 152/2025 only', () => {
    const has = (y: number) =>
      defaultRuleSet(y).eligibilityBlocks.some((b) => b.code === 'pressCorruptionUnderVerification');
    expect(has(2023)).toBe(false);
    expect(has(2024)).toBe(false);
    expect(has(2025)).toBe(true);
    expect(defaultRuleSet(2025).eligibilityBlocks[0]?.source.citation).toMatch(/152\/2025/);
    expect(defaultRuleSet(2022).eligibilityBlocks[0]?.source.citation).toMatch(/91\/2017/);
  });

  it('refuses an unknown year and an invalid rule set', () => {
    expectDomainError(() => defaultRuleSet(1990), 'INVALID_INPUT');
    const bad = { ...defaultRuleSet(2023), votes: { ...defaultRuleSet(2023).votes } };
    bad.votes.provincialFlag = { ...bad.votes.provincialFlag, seats: 2, maxChoices: 1 };
    const err = expectDomainError(() => parseRuleSet(bad), 'RULESET_INVALID');
    expect(JSON.stringify(err.details)).toMatch(/Số lựa chọn tối đa/);
    expectDomainError(
      () =>
        parseRuleSet({
          ...defaultRuleSet(2023),
          quotas: {
            ...defaultRuleSet(2023).quotas,
            provincialFlag: { source: { text: 'x', citation: 'y' } },
          },
        }),
      'RULESET_INVALID',
    );
  });
});

describe('the decision rule', () => {
  it('names who proposes and who carries out the decision in every default year', () => {
    for (const year of [2022, 2025]) {
      const { decision } = defaultRuleSet(year);
      expect(decision.proposer).toBe('Giám đốc Sở Nội vụ');
      expect(decision.executors).toContain('Giám đốc Sở Tài chính');
    }
  });

  it('refuses a rule set typed without it, by name', () => {
    const { decision: _omit, ...older } = defaultRuleSet(2023);
    const err = expectDomainError(() => parseRuleSet(older), 'RULESET_INVALID');
    expect(JSON.stringify(err.details)).toMatch(/người đề nghị và người thi hành Quyết định khen thưởng/);
    const noProposer = { ...defaultRuleSet(2023), decision: { ...defaultRuleSet(2023).decision } };
    delete (noProposer.decision as { proposer?: string }).proposer;
    const err2 = expectDomainError(() => parseRuleSet(noProposer), 'RULESET_INVALID');
    expect(JSON.stringify(err2.details)).toMatch(/decision\.proposer/);
  });

  it("reads a rule set stored before the field existed with the province's practice", () => {
    const { decision: _omit, ...older } = defaultRuleSet(2023);
    const stored = JSON.parse(JSON.stringify(older)) as unknown;
    expect(parseStoredRuleSet(stored).decision).toEqual(practiceDecisionRule());
    expect(parseStoredRuleSet(stored)).toEqual(parseRuleSet({ ...older, decision: practiceDecisionRule() }));
    // A stored rule set that states the decision keeps its own; an incomplete one is still refused.
    const own = {
      ...defaultRuleSet(2023),
      decision: { ...practiceDecisionRule(), proposer: 'Trưởng Ban Thi đua' },
    };
    expect(parseStoredRuleSet(own).decision.proposer).toBe('Trưởng Ban Thi đua');
    const noProposer = { ...defaultRuleSet(2023), decision: { executors: ['Giám đốc Sở Tài chính'] } };
    expectDomainError(() => parseStoredRuleSet(noProposer), 'RULESET_INVALID');
  });
});

describe('citations keyed by the document date', () => {
  it('switches ND 98/2023 → ND 152/2025 on 01/07/2025', () => {
    expect(ids('2025-06-30')).toContain('nd-98-2023');
    expect(ids('2025-06-30')).not.toContain('nd-152-2025');
    expect(ids('2025-07-01')).toContain('nd-152-2025');
    expect(ids('2025-07-01')).not.toContain('nd-98-2023');
  });

  it('switches TT 01/2024 → TT 15/2025 and the Law on 01/01/2024', () => {
    expect(ids('2025-08-04')).toContain('tt-01-2024-bnv');
    expect(ids('2025-08-05')).toContain('tt-15-2025-bnv');
    expect(ids('2023-01-04', 2022)).toEqual(['luat-tdkt-2003', 'nd-91-2017', 'tt-12-2019-bnv']);
    expect(ids('2024-06-01', 2024)).toEqual(['luat-tdkt-2022', 'nd-98-2023', 'tt-01-2024-bnv']);
  });

  it("leaves the bloc's own quy chế out of the province's decision", () => {
    const rs = defaultRuleSet(2022);
    const quyChe = { id: 'quy-che', text: 'Quy chế hoạt động của Khối', order: 50, validFrom: '2022-02-15' };
    const withQuyChe = { ...rs, citations: [...rs.citations, { ...quyChe, scope: 'bloc' as const }] };
    expect(citationsFor(withQuyChe, '2023-01-04').map((c) => c.id)).toContain('quy-che');
    expect(citationsFor(withQuyChe, '2023-01-04', 'province').map((c) => c.id)).not.toContain('quy-che');
    expect(
      parseRuleSet({ ...rs, citations: [...rs.citations, quyChe] }).citations.at(-1)?.scope,
    ).toBeUndefined();
  });

  it("cites the Chairman's competence in his decision only", () => {
    const province = (date: string, year: number) =>
      citationsFor(defaultRuleSet(year), date, 'province').map((c) => c.id);
    expect(province('2023-02-20', 2022)[0]).toBe('luat-tccqdp-2015');
    expect(province('2025-12-20', 2025)[0]).toBe('luat-tccqdp-72-2025');
    expect(ids('2025-12-20')).not.toContain('luat-tccqdp-72-2025');
  });

  it('prints ND 30 lines', () => {
    const lines = citationLines(defaultRuleSet(2025), '2025-12-20');
    expect(lines[0]).toBe('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;');
    expect(lines[1]).toMatch(/^Căn cứ Nghị định số 152\/2025\/NĐ-CP/);
    expect(citationLines(defaultRuleSet(2025), '2025-12-20', '.').at(-1)).toMatch(/\.$/);
  });
});

describe('eligibility', () => {
  const rs = defaultRuleSet(2025);

  it('returns every blocking reason with its source', () => {
    expect(checkEligibility({ unitId: 'u', flags: [] }, rs)).toEqual([]);
    const reasons = checkEligibility(
      { unitId: 'u', flags: ['disciplineUnderReview', 'pressCorruptionUnderVerification'] },
      rs,
      'provincialFlag',
    );
    expect(reasons.map((r) => r.code)).toEqual(['disciplineUnderReview', 'pressCorruptionUnderVerification']);
    expect(reasons[1]?.label).toMatch(/báo chí/);
    expect(reasons[1]?.source.citation).toMatch(/152\/2025/);
  });

  it.each([
    'disciplineUnderReview',
    'investigationOnViolationSigns',
    'pendingComplaintOrDenunciation',
    'pressCorruptionUnderVerification',
    'collectiveDiscipline',
  ] as const)('%s blocks both awards in 2025', (flag) => {
    expect(checkEligibility({ unitId: 'u', flags: [flag] }, rs, 'provincialFlag')).toHaveLength(1);
    expect(checkEligibility({ unitId: 'u', flags: [flag] }, rs, 'certificateOfMerit')).toHaveLength(1);
  });

  it('the press flag does not block under the 2023 rules', () => {
    expect(
      checkEligibility({ unitId: 'u', flags: ['pressCorruptionUnderVerification'] }, defaultRuleSet(2023)),
    ).toEqual([]);
  });

  it('an open case blocks as its kind’s rule says, named with its reason and document', () => {
    const inspection = {
      code: 'investigationOnViolationSigns' as const,
      reason: 'Thanh tra tỉnh đang thanh tra việc sử dụng kinh phí.',
      documentRef: 'Quyết định số 45/QĐ-TTr ngày 02/11/2025',
    };
    const [reason] = checkEligibility(
      { unitId: 'u', flags: [], cases: [inspection] },
      rs,
      'certificateOfMerit',
    );
    expect(reason?.label).toBe(
      'Đang bị điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm: Thanh tra tỉnh đang thanh tra việc sử dụng kinh phí (Quyết định số 45/QĐ-TTr ngày 02/11/2025)',
    );
    // "Other" blocks only the flag by default; a kind the rules let pass blocks nothing.
    const other = { ...inspection, code: 'other' as const };
    expect(checkEligibility({ unitId: 'u', flags: [], cases: [other] }, rs, 'provincialFlag')).toHaveLength(
      1,
    );
    expect(checkEligibility({ unitId: 'u', flags: [], cases: [other] }, rs, 'certificateOfMerit')).toEqual(
      [],
    );
    const lenient = {
      ...rs,
      eligibilityBlocks: rs.eligibilityBlocks.map((b) => ({ ...b, appliesTo: [] })),
    };
    expect(parseRuleSet(lenient).eligibilityBlocks[0]?.appliesTo).toEqual([]);
    expect(checkEligibility({ unitId: 'u', flags: [], cases: [inspection] }, lenient)).toEqual([]);
    expect(blockScopeText([])).toBe('Chỉ ghi nhận, không ảnh hưởng đến bình xét');
    expect(blockScopeText(['provincialFlag'])).toBe('Không suy tôn Cờ thi đua');
    expect(blockScopeText(['provincialFlag', 'certificateOfMerit'])).toBe(
      'Không bình xét mọi hình thức khen thưởng',
    );
  });

  it('candidacy adds the tier floor and disqualifiers', () => {
    const status = { unitId: 'u', flags: [] };
    expect(
      candidacyReasons('provincialFlag', { status, tier: 'excellent', disqualified: false }, rs),
    ).toEqual([]);
    expect(
      candidacyReasons('provincialFlag', { status, tier: 'good', disqualified: false }, rs)[0]?.code,
    ).toBe('tierTooLow');
    expect(candidacyReasons('certificateOfMerit', { status, tier: 'good', disqualified: false }, rs)).toEqual(
      [],
    );
    expect(
      candidacyReasons('certificateOfMerit', { status, tier: 'good', disqualified: true }, rs)[0]?.code,
    ).toBe('disqualified');
    expect(tierAtLeast('excellent', 'good')).toBe(true);
    expect(tierAtLeast('completed', 'good')).toBe(false);
  });
});

describe('leadership rotation', () => {
  it('warns, never blocks, when the head repeats', () => {
    const w = rotationWarnings(demoLeaderships, { year: 2023, headUnitId: 'u-snv', deputyUnitId: 'u-cat' });
    expect(w.map((x) => x.code)).toEqual(['HEAD_REPEATS', 'DEPUTY_NOT_PROMOTED']);
    expect(w[0]?.message).toMatch(/hai năm liền/);
  });

  it('is silent for the article 2023 election (deputy 2022 becomes head)', () => {
    expect(
      rotationWarnings(demoLeaderships, { year: 2023, headUnitId: 'u-ttt', deputyUnitId: 'u-cat' }),
    ).toEqual([]);
  });

  it('warns when the deputy repeats; no history → no warning', () => {
    const w = rotationWarnings(demoLeaderships, { year: 2023, headUnitId: 'u-ttt', deputyUnitId: 'u-ttt' });
    expect(w.map((x) => x.code)).toContain('DEPUTY_REPEATS');
    expect(rotationWarnings([], { year: 2023, headUnitId: 'a', deputyUnitId: 'b' })).toEqual([]);
    expect(
      rotationWarnings(
        demoLeaderships,
        { year: 2023, headUnitId: 'u-snv', deputyUnitId: 'u-cat' },
        {
          headMayRepeat: true,
          deputyBecomesHead: false,
        },
      ),
    ).toEqual([]);
  });
});

describe('reward amounts', () => {
  const rs = defaultRuleSet(2025);

  it('uses the base salary in force on the decision date', () => {
    expect(baseSalaryAt(rs, '2023-06-30').amount).toBe(1_490_000);
    expect(baseSalaryAt(rs, '2023-07-01').amount).toBe(1_800_000);
    expect(baseSalaryAt(rs, '2024-07-01').amount).toBe(2_340_000);
    expect(rewardAmount('provincialFlag', '2025-12-20', rs)).toBe(18_720_000);
    expect(rewardAmount('certificateOfMerit', '2025-12-20', rs)).toBe(4_680_000);
    expect(rewardAmount('provincialFlag', '2023-02-15', defaultRuleSet(2022))).toBe(11_920_000);
    expect(rewardAmount('certificateOfMerit', '2024-01-15', defaultRuleSet(2023))).toBe(3_600_000);
  });

  it('rounds up to tens of thousands with integer math', () => {
    const custom = {
      ...rs,
      rewards: {
        ...rs.rewards,
        coefficients: {
          ...rs.rewards.coefficients,
          certificateOfMerit: { value: 1.5, source: rs.rewards.roundUpTo.source },
        },
      },
    };
    // 1.5 × 1,490,000 = 2,235,000 → 2,240,000
    expect(rewardBreakdown('certificateOfMerit', '2020-01-01', custom)).toMatchObject({
      baseSalary: 1_490_000,
      amount: 2_240_000,
    });
  });

  it('refuses a date without a base salary', () => {
    expectDomainError(() => rewardAmount('provincialFlag', '2010-01-01', rs), 'BASE_SALARY_NOT_FOUND');
  });
});
