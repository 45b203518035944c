import type { AwardKind, EligibilityBlockCode, LegalSource, RuleSet, TierId } from './schema';
import { awardKinds, tierIds } from './schema';

/** Facts about a unit that may block an award, as known on the day of the vote/proposal. */
export interface UnitStatus {
  unitId: string;
  flags: readonly EligibilityBlockCode[];
}

export type EligibilityReasonCode = EligibilityBlockCode | 'tierTooLow' | 'disqualified' | 'noReport';

export interface EligibilityReason {
  code: EligibilityReasonCode;
  /** Vietnamese, ready for the UI and the minutes. */
  label: string;
  source: LegalSource;
}

/**
 * The reasons (possibly none) why `status` blocks an award under `ruleSet`.
 * Without `award`, a block applying to any award counts.
 */
export function checkEligibility(
  status: UnitStatus,
  ruleSet: RuleSet,
  award?: AwardKind,
): EligibilityReason[] {
  const kinds = award ? [award] : awardKinds;
  return ruleSet.eligibilityBlocks
    .filter((b) => status.flags.includes(b.code) && b.appliesTo.some((k) => kinds.includes(k)))
    .map((b) => ({ code: b.code, label: b.label, source: b.source }));
}

/** 0 = best. */
export function tierRank(tier: TierId): number {
  return tierIds.indexOf(tier);
}

export function tierAtLeast(tier: TierId, min: TierId): boolean {
  return tierRank(tier) <= tierRank(min);
}

export const tierLabels: Record<TierId, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  completed: 'Hoàn thành nhiệm vụ',
  notCompleted: 'Không hoàn thành nhiệm vụ',
};

export interface CandidateFacts {
  status: UnitStatus;
  tier: TierId;
  /** The reviewed score sheet lists at least one disqualifier (điều kiện loại). */
  disqualified: boolean;
}

/** Everything that bars a unit from the candidate list of `award`: legal blocks, tier, disqualifiers. */
export function candidacyReasons(
  award: AwardKind,
  facts: CandidateFacts,
  ruleSet: RuleSet,
): EligibilityReason[] {
  const rule = ruleSet.candidacy[award];
  const reasons = checkEligibility(facts.status, ruleSet, award);
  if (!tierAtLeast(facts.tier, rule.minTier)) {
    reasons.push({
      code: 'tierTooLow',
      label: `Xếp loại "${tierLabels[facts.tier]}", chưa đạt mức "${tierLabels[rule.minTier]}"`,
      source: rule.source,
    });
  }
  if (rule.barredByDisqualifier && facts.disqualified) {
    reasons.push({
      code: 'disqualified',
      label: 'Vi phạm điều kiện loại trong bảng tiêu chí',
      source: rule.source,
    });
  }
  return reasons;
}
