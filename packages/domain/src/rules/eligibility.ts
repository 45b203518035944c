import type { AwardKind, EligibilityBlock, EligibilityBlockCode, LegalSource, RuleSet } from './schema';
import { awardKinds } from './schema';
import { type TierId, tierIds } from './tiers';

/**
 * A case recorded against a unit for a year (an inspection under way, a corruption case being
 * verified, a disciplinary action…), open until it is cleared. Its kind is one of the year's
 * eligibility blocks, whose `appliesTo` decides what it blocks.
 */
export interface EligibilityCaseFact {
  code: EligibilityBlockCode;
  reason: string;
  /** The document the case rests on: "Quyết định thanh tra số 12/QĐ-TTr ngày 03/11/2025". */
  documentRef: string;
}

/** Facts about a unit that may block an award, as known on the day of the vote/proposal. */
export interface UnitStatus {
  unitId: string;
  flags: readonly EligibilityBlockCode[];
  /** Open cases recorded against the unit: they block as their kind's rule says, with their reason. */
  cases?: readonly EligibilityCaseFact[] | undefined;
}

/** A case as the candidate lists, ballots and refusals print it: the kind, then why and on what. */
export function eligibilityCaseText(block: Pick<EligibilityBlock, 'label'>, c: EligibilityCaseFact): string {
  return `${block.label}: ${c.reason.replace(/[.;]+$/, '')} (${c.documentRef.replace(/[.;]+$/, '')})`;
}

/** What a kind of case blocks under the year's rules, in words. */
export function blockScopeText(appliesTo: readonly AwardKind[]): string {
  if (appliesTo.length === 0) return 'Chỉ ghi nhận, không ảnh hưởng đến bình xét';
  if (appliesTo.length === awardKinds.length) return 'Không bình xét mọi hình thức khen thưởng';
  return appliesTo.includes('provincialFlag') ? 'Không suy tôn Cờ thi đua' : 'Không bình xét Bằng khen';
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
    .filter((b) => b.appliesTo.some((k) => kinds.includes(k)))
    .flatMap((b) => {
      const cases = (status.cases ?? []).filter((c) => c.code === b.code);
      const labels = [
        ...(status.flags.includes(b.code) && cases.length === 0 ? [b.label] : []),
        ...cases.map((c) => eligibilityCaseText(b, c)),
      ];
      return labels.map((label) => ({ code: b.code, label, source: b.source }));
    });
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
  /** Those disqualifiers' titles as the scoring table names them, when known. */
  disqualifiers?: readonly string[] | undefined;
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
      label:
        (facts.disqualifiers ?? []).length > 0
          ? `Vi phạm điều kiện loại trong bảng tiêu chí: ${facts.disqualifiers?.join('; ')}`
          : 'Vi phạm điều kiện loại trong bảng tiêu chí',
      source: rule.source,
    });
  }
  return reasons;
}
