import { DomainError, throwFirst } from './errors';
import { checkEligibility, type EligibilityReason, type UnitStatus } from './rules/eligibility';
import { type AwardKind, awardKinds, type QuotaRule, type RuleSet, voteKindLabels } from './rules/schema';
import type { TallyResult } from './vote/types';

/**
 * The stricter of the count and the share of member units. The share is floored:
 * 30 % of 9 units allows 2, not 3. Integer math on basis points.
 */
export function quotaFor(rule: QuotaRule, unitCount: number): number {
  const byCount = rule.maxCount ?? Number.POSITIVE_INFINITY;
  const byShare =
    rule.maxPercentOfUnits === undefined
      ? Number.POSITIVE_INFINITY
      : Math.floor((Math.round(rule.maxPercentOfUnits * 100) * unitCount) / 10000);
  return Math.min(byCount, byShare);
}

export interface Proposal {
  unitId: string;
  award: AwardKind;
}

export interface ProposalUnit {
  unitId: string;
  /** Name for messages; the id otherwise. */
  name?: string;
  status: UnitStatus;
}

/**
 * Every reason the bloc's proposals cannot go to the province. `units` are the bloc's member
 * units this year (their count drives percentage quotas); `tallies` are the decisive rounds
 * (a unit needs to be elected in a round of the same award).
 */
export function proposalIssues(
  proposals: readonly Proposal[],
  ruleSet: RuleSet,
  units: readonly ProposalUnit[],
  tallies: readonly TallyResult[],
): DomainError[] {
  const issues: DomainError[] = [];
  const byId = new Map(units.map((u) => [u.unitId, u]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const seen = new Set<string>();
  const awardsOfUnit = new Map<string, AwardKind[]>();

  for (const p of proposals) {
    const label = voteKindLabels[p.award];
    const unit = byId.get(p.unitId);
    if (!unit) {
      issues.push(
        new DomainError('NOT_A_MEMBER', `Đơn vị "${p.unitId}" không phải thành viên của Khối trong năm.`, {
          ...p,
        }),
      );
      continue;
    }
    const key = `${p.award}:${p.unitId}`;
    if (seen.has(key)) {
      issues.push(
        new DomainError('DUPLICATE_AWARD', `${nameOf(p.unitId)} được đề nghị ${label} hai lần.`, { ...p }),
      );
      continue;
    }
    seen.add(key);
    const other = awardsOfUnit.get(p.unitId) ?? [];
    if (ruleSet.oneAwardPerUnit.enabled && other.length > 0) {
      issues.push(
        new DomainError(
          'DUPLICATE_AWARD',
          `${nameOf(p.unitId)} đã được đề nghị ${voteKindLabels[other[0] as AwardKind]}; không đề nghị thêm ${label} cho cùng thành tích.`,
          { ...p, source: ruleSet.oneAwardPerUnit.source },
        ),
      );
    }
    awardsOfUnit.set(p.unitId, [...other, p.award]);

    const passed = tallies.some((t) => t.voteKind === p.award && t.electedIds.includes(p.unitId));
    if (!passed) {
      issues.push(
        new DomainError(
          'PROPOSAL_WITHOUT_PASSING_VOTE',
          `${nameOf(p.unitId)} chưa được Hội nghị bình xét đạt tỷ lệ phiếu đề nghị ${label}.`,
          { ...p },
        ),
      );
    }
    const reasons: EligibilityReason[] = checkEligibility(unit.status, ruleSet, p.award);
    if (reasons.length > 0) {
      issues.push(
        new DomainError(
          'UNIT_INELIGIBLE',
          `${nameOf(p.unitId)} không đủ điều kiện đề nghị ${label}: ${reasons.map((r) => r.label).join('; ')}.`,
          { ...p, reasons },
        ),
      );
    }
  }

  for (const award of awardKinds) {
    const count = [...seen].filter((k) => k.startsWith(`${award}:`)).length;
    const quota = quotaFor(ruleSet.quotas[award], units.length);
    if (count > quota) {
      issues.push(
        new DomainError(
          'QUOTA_EXCEEDED',
          `Khối chỉ được đề nghị ${voteKindLabels[award]} cho tối đa ${quota} đơn vị (đang đề nghị ${count}).`,
          { award, count, quota, source: ruleSet.quotas[award].source },
        ),
      );
    }
  }
  return issues;
}

/** Refuses the proposals with the first issue (all of them in `details.issues`). */
export function checkProposals(
  proposals: readonly Proposal[],
  ruleSet: RuleSet,
  units: readonly ProposalUnit[],
  tallies: readonly TallyResult[],
): void {
  throwFirst(proposalIssues(proposals, ruleSet, units, tallies));
}

/** A provincial decision may only award units the bloc proposed (DECISION_WITHOUT_PROPOSAL). */
export function checkDecision(awarded: readonly Proposal[], proposals: readonly Proposal[]): void {
  const missing = awarded.filter((a) => !proposals.some((p) => p.unitId === a.unitId && p.award === a.award));
  const [first] = missing;
  if (first) {
    throw new DomainError(
      'DECISION_WITHOUT_PROPOSAL',
      `Đơn vị "${first.unitId}" chưa được Khối đề nghị ${voteKindLabels[first.award]}.`,
      { missing },
    );
  }
}
