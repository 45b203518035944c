import { DomainError } from '../errors';
import { candidacyReasons, type EligibilityReason, type UnitStatus } from '../rules/eligibility';
import type { AwardKind, RuleSet } from '../rules/schema';
import type { RankedUnit } from '../scoring/rank';
import type { Candidate } from './ballot';

export interface CandidateListInput {
  award: AwardKind;
  /** The reviewed ranking: its order is the order printed on the ballot. */
  ranking: readonly RankedUnit[];
  statuses: readonly UnitStatus[];
  ruleSet: RuleSet;
  nameOf: (unitId: string) => string;
  /** Units already proposed for another award this year (one achievement, one form). */
  exclude?: readonly string[];
}

export interface CandidateList {
  candidates: Candidate[];
  excluded: { unitId: string; reasons: EligibilityReason[] }[];
}

/**
 * The ballot list of an award: ranked units that meet the candidacy rule (tier, disqualifiers,
 * legal blocks). The ranking is input to the vote, not a substitute for it (DOMAIN §2.4).
 */
export function buildCandidateList(input: CandidateListInput): CandidateList {
  const candidates: Candidate[] = [];
  const excluded: CandidateList['excluded'] = [];
  for (const r of input.ranking) {
    const status = input.statuses.find((s) => s.unitId === r.unitId);
    if (!status) {
      throw new DomainError('NOT_FOUND', `Thiếu tình trạng chấp hành của đơn vị "${r.unitId}".`, {
        unitId: r.unitId,
      });
    }
    const reasons = candidacyReasons(
      input.award,
      { status, tier: r.tier, disqualified: r.breakdown.disqualified },
      input.ruleSet,
    );
    if (input.exclude?.includes(r.unitId)) {
      reasons.push({
        code: 'disqualified',
        label: 'Đã được đề nghị hình thức khen thưởng khác cho cùng thành tích',
        source: input.ruleSet.oneAwardPerUnit.source,
      });
    }
    if (reasons.length > 0) excluded.push({ unitId: r.unitId, reasons });
    else candidates.push({ unitId: r.unitId, name: input.nameOf(r.unitId), eligible: true, score: r.total });
  }
  return { candidates, excluded };
}
