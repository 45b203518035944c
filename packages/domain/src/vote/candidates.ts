import { DomainError } from '../errors';
import {
  candidacyReasons,
  checkEligibility,
  type EligibilityReason,
  type UnitStatus,
} from '../rules/eligibility';
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
  /** Units that handed in no self-assessment: not ranked, and not candidates unless the rules say so. */
  notSubmitted?: readonly string[];
  /** The disqualifiers (điều kiện loại) a unit's reviewed sheet lists, by title. */
  disqualifiersOf?: (unitId: string) => readonly string[];
}

export interface CandidateList {
  candidates: Candidate[];
  excluded: { unitId: string; reasons: EligibilityReason[] }[];
}

const noReportLabel = 'Không nộp báo cáo tự chấm điểm';

/**
 * The ballot list of an award: ranked units that meet the candidacy rule (tier, disqualifiers,
 * legal blocks). The ranking is input to the vote, not a substitute for it (DOMAIN §2.4). Units
 * without a report follow, unranked, when the year's candidacy rule lets them stand.
 */
export function buildCandidateList(input: CandidateListInput): CandidateList {
  const candidates: Candidate[] = [];
  const excluded: CandidateList['excluded'] = [];
  const statusOf = (unitId: string) => {
    const status = input.statuses.find((s) => s.unitId === unitId);
    if (!status) {
      throw new DomainError('NOT_FOUND', `Thiếu tình trạng chấp hành của đơn vị "${unitId}".`, { unitId });
    }
    return status;
  };
  const otherAward = (unitId: string): EligibilityReason[] =>
    input.exclude?.includes(unitId)
      ? [
          {
            code: 'disqualified',
            label: 'Đã được đề nghị hình thức khen thưởng khác cho cùng thành tích',
            source: input.ruleSet.oneAwardPerUnit.source,
          },
        ]
      : [];
  for (const r of input.ranking) {
    const reasons = [
      ...candidacyReasons(
        input.award,
        {
          status: statusOf(r.unitId),
          tier: r.tier,
          disqualified: r.breakdown.disqualified,
          disqualifiers: input.disqualifiersOf?.(r.unitId),
        },
        input.ruleSet,
      ),
      ...otherAward(r.unitId),
    ];
    if (reasons.length > 0) excluded.push({ unitId: r.unitId, reasons });
    else candidates.push({ unitId: r.unitId, name: input.nameOf(r.unitId), eligible: true, score: r.total });
  }
  const rule = input.ruleSet.candidacy[input.award];
  for (const unitId of input.notSubmitted ?? []) {
    const reasons = [
      ...(rule.nonSubmittersMayStand
        ? []
        : [{ code: 'noReport' as const, label: noReportLabel, source: rule.source }]),
      ...checkEligibility(statusOf(unitId), input.ruleSet, input.award),
      ...otherAward(unitId),
    ];
    if (reasons.length > 0) excluded.push({ unitId, reasons });
    else candidates.push({ unitId, name: input.nameOf(unitId), eligible: true });
  }
  return { candidates, excluded };
}
