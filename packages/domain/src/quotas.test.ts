import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from './errors';
import { checkDecision, checkProposals, type Proposal, proposalIssues, quotaFor } from './quotas';
import { defaultRuleSet } from './rules/defaults';
import type { RuleSet } from './rules/schema';
import { expectDomainError } from './test-helpers';
import { cands, input, pick, times } from './vote/fixtures';
import { tallyRound } from './vote/tally';
import type { TallyResult } from './vote/types';

const rs = defaultRuleSet(2023);
const units = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((unitId) => ({
  unitId,
  name: `Đơn vị ${unitId}`,
  status: { unitId, flags: [] as never[] },
}));

/** A tally in which every id in `elected` was elected for `voteKind`. */
function tallyFor(voteKind: 'provincialFlag' | 'certificateOfMerit', elected: string[]): TallyResult {
  const seats = Math.max(1, elected.length);
  return tallyRound(
    input({
      voteKind,
      rule: { ...rs.votes[voteKind], seats, maxChoices: seats },
      candidates: cands(...units.map((u) => u.unitId)),
      ballots: times(9, pick(...elected)),
    }),
  );
}

/** Proposals of `award` for each unit, in order. */
const propose = (award: Proposal['award'], ...unitIds: string[]): Proposal[] =>
  unitIds.map((unitId) => ({ unitId, award }));

/** checkProposals refuses the proposals with `code`; answers the error. */
const refusal = (
  code: ErrorCode,
  proposals: Proposal[],
  tallies: TallyResult[],
  ruleSet = rs,
  members: Parameters<typeof checkProposals>[2] = units,
) => expectDomainError(() => checkProposals(proposals, ruleSet, members, tallies), code);

describe('quotaFor', () => {
  it('takes the stricter of count and share (share floored)', () => {
    const source = { text: 't', citation: 'c' };
    expect(quotaFor({ maxCount: 3, source }, 9)).toBe(3);
    expect(quotaFor({ maxCount: 3, maxPercentOfUnits: 30, source }, 9)).toBe(2);
    expect(quotaFor({ maxCount: 3, maxPercentOfUnits: 30, source }, 10)).toBe(3);
    expect(quotaFor({ maxPercentOfUnits: 20, source }, 12)).toBe(2);
    expect(quotaFor({ maxCount: 1, maxPercentOfUnits: 100, source }, 9)).toBe(1);
  });
});

describe('checkProposals', () => {
  const flag = tallyFor('provincialFlag', ['A']);
  const cert = tallyFor('certificateOfMerit', ['B', 'C']);

  it('accepts proposals backed by a passing vote, within quota, for eligible units', () => {
    const proposals = [...propose('provincialFlag', 'A'), ...propose('certificateOfMerit', 'B', 'C')];
    expect(proposalIssues(proposals, rs, units, [flag, cert])).toEqual([]);
  });

  it('QUOTA_EXCEEDED over the flag quota', () => {
    const two = tallyFor('provincialFlag', ['A', 'D']);
    const e = refusal('QUOTA_EXCEEDED', propose('provincialFlag', 'A', 'D'), [two]);
    expect(e.message).toBe(
      'Khối chỉ được đề nghị Cờ thi đua của UBND tỉnh cho tối đa 1 đơn vị (đang đề nghị 2).',
    );
  });

  it('QUOTA_EXCEEDED with a percentage quota', () => {
    const strict: RuleSet = {
      ...rs,
      quotas: {
        ...rs.quotas,
        certificateOfMerit: { ...rs.quotas.certificateOfMerit, maxPercentOfUnits: 20 },
      },
    };
    // 20 % of 9 = 1.8 → 1
    refusal('QUOTA_EXCEEDED', propose('certificateOfMerit', 'B', 'C'), [cert], strict);
  });

  it('PROPOSAL_WITHOUT_PASSING_VOTE for a unit the conference did not elect', () => {
    const e = refusal('PROPOSAL_WITHOUT_PASSING_VOTE', propose('certificateOfMerit', 'E'), [flag, cert]);
    expect(e.message).toMatch(/Đơn vị E/);
    // Elected for the flag does not count for a certificate.
    refusal('PROPOSAL_WITHOUT_PASSING_VOTE', propose('certificateOfMerit', 'A'), [flag]);
  });

  it('UNIT_INELIGIBLE with the reasons', () => {
    const blocked = units.map((u) =>
      u.unitId === 'B'
        ? { ...u, status: { unitId: 'B', flags: ['investigationOnViolationSigns' as const] } }
        : u,
    );
    const e = refusal('UNIT_INELIGIBLE', propose('certificateOfMerit', 'B'), [cert], rs, blocked);
    expect(e.message).toMatch(/điều tra, thanh tra, kiểm tra/);
  });

  it('DUPLICATE_AWARD for two forms or a repeat; NOT_A_MEMBER for outsiders', () => {
    const both = tallyFor('certificateOfMerit', ['A']);
    const twoForms = [...propose('provincialFlag', 'A'), ...propose('certificateOfMerit', 'A')];
    refusal('DUPLICATE_AWARD', twoForms, [flag, both]);
    refusal('DUPLICATE_AWARD', propose('provincialFlag', 'A', 'A'), [flag]);
    refusal('NOT_A_MEMBER', propose('provincialFlag', 'Z'), [flag]);
  });

  it('never accepts more than the quota', () => {
    const ids = units.map((u) => u.unitId);
    fc.assert(
      fc.property(
        fc.subarray(ids),
        fc.constantFrom('provincialFlag', 'certificateOfMerit') as fc.Arbitrary<
          'provincialFlag' | 'certificateOfMerit'
        >,
        fc.integer({ min: 0, max: 4 }),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        (chosen, award, maxCount, pct) => {
          const ruleSet: RuleSet = {
            ...rs,
            quotas: {
              ...rs.quotas,
              [award]: { maxCount, maxPercentOfUnits: pct, source: rs.quotas[award].source },
            },
          };
          // Everyone chosen was elected, so only the quota can refuse.
          const tally = { ...tallyFor(award, ['A']), electedIds: chosen };
          const proposals = chosen.map((unitId) => ({ unitId, award }));
          const issues = proposalIssues(proposals, ruleSet, units, [tally]);
          const quota = quotaFor(ruleSet.quotas[award], units.length);
          if (issues.length === 0) expect(proposals.length).toBeLessThanOrEqual(quota);
          else expect(issues.map((i) => i.code)).toEqual(['QUOTA_EXCEEDED']);
          expect(issues.length === 0).toBe(proposals.length <= quota);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('checkDecision', () => {
  it('refuses an award the bloc never proposed', () => {
    const proposals: Proposal[] = [{ unitId: 'A', award: 'provincialFlag' }];
    expect(() => checkDecision([{ unitId: 'A', award: 'provincialFlag' }], proposals)).not.toThrow();
    expect(() => checkDecision([], proposals)).not.toThrow();
    expectDomainError(
      () => checkDecision([{ unitId: 'B', award: 'provincialFlag' }], proposals),
      'DECISION_WITHOUT_PROPOSAL',
    );
  });
});
