import { defaultRuleSet } from '../rules/defaults';
import type { RuleSet } from '../rules/schema';

/**
 * The bloc's rule set for a year: the national default plus the bloc's own texts. The bloc's
 * quy chế has no number here on purpose: demo data, not a real document.
 */
export function demoRuleSet(year: number): RuleSet {
  const base = defaultRuleSet(year);
  return {
    ...base,
    id: `rs-backan-noichinh-${year}`,
    provinceId: 'p-backan',
    title: `Quy định thi đua, khen thưởng của Khối thi đua Nội chính năm ${year}`,
    citations: [
      ...base.citations,
      {
        id: `quy-che-khoi-${year}`,
        text: `Quy chế hoạt động của Khối thi đua Nội chính tỉnh Bắc Kạn năm ${year}`,
        order: 40,
        validFrom: `${year}-01-01`,
        validTo: `${year + 1}-06-30`,
      },
    ],
  };
}

export const demoRuleSets: RuleSet[] = [demoRuleSet(2022), demoRuleSet(2023)];
