import { formatDecimal } from '../format/numbers';
import { denominatorLabel } from '../vote/labels';
import { type RuleSet, type VoteKind, voteKindLabels } from './schema';

/** A vote whose rule lets fewer than half of the bloc's members decide it. */
export interface MinorityDecision {
  voteKind: VoteKind;
  /** The smallest share of the members, in percent, whose votes can carry a unit. */
  membersPercent: number;
  message: string;
}

/**
 * Votes whose threshold, on the rule's denominator, can be met by a minority of the members: on
 * every denominator but the members themselves, the threshold applies to those who attend (at
 * least the quorum), so 50 % of a 2/3 quorum is a third of the bloc. The bloc's regulation counts
 * on all members (the seed's 7/9); a rule set that does not is flagged when saved, never refused.
 */
export function minorityDecisions(ruleSet: Pick<RuleSet, 'votes'>): MinorityDecision[] {
  return (Object.keys(ruleSet.votes) as VoteKind[]).flatMap((voteKind): MinorityDecision[] => {
    const rule = ruleSet.votes[voteKind];
    const { percent, comparator } = rule.threshold;
    const attending = rule.denominator === 'allMembers' ? 1 : rule.quorum.numerator / rule.quorum.denominator;
    const membersPercent = Math.round(percent * attending * 100) / 100;
    const majority = membersPercent > 50 || (membersPercent === 50 && comparator === '>');
    if (majority) return [];
    return [
      {
        voteKind,
        membersPercent,
        message: `${voteKindLabels[voteKind]}: ngưỡng ${comparator === '>' ? 'trên' : 'từ'} ${formatDecimal(percent)}% tính ${denominatorLabel(rule.denominator)}, hội nghị hợp lệ khi có ${rule.quorum.numerator}/${rule.quorum.denominator} số đơn vị: chỉ ${formatDecimal(membersPercent)}% số đơn vị thành viên đã đủ để quyết định. Quy chế của Khối tính trên tổng số đơn vị thành viên.`,
      },
    ];
  });
}
