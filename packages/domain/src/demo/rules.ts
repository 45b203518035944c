import { defaultRuleSet } from '../rules/defaults';
import type { RuleSet } from '../rules/schema';

/** The province's regulation on thi đua, khen thưởng in force on a document's date (demo numbers). */
const PROVINCIAL_REGULATIONS = [
  {
    id: 'qd-05-2021-ubnd-backan',
    text: 'Quyết định số 05/2021/QĐ-UBND ngày 20 tháng 4 năm 2021 của Ủy ban nhân dân tỉnh Bắc Kạn ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Bắc Kạn',
    validFrom: '2021-05-01',
    validTo: '2024-07-19',
  },
  {
    id: 'qd-18-2024-ubnd-backan',
    text: 'Quyết định số 18/2024/QĐ-UBND ngày 10 tháng 7 năm 2024 của Ủy ban nhân dân tỉnh Bắc Kạn ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Bắc Kạn',
    validFrom: '2024-07-20',
  },
] as const;

/**
 * The bloc's rule set for a year: the national default plus the province's regulation and the bloc's
 * quy chế, adopted each year before the pact is signed. Numbers and dates are demo data.
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
      ...PROVINCIAL_REGULATIONS.map((r) => ({ ...r, order: 40 })),
      {
        id: `quy-che-khoi-${year}`,
        text: `Quy chế hoạt động của Khối thi đua Nội chính tỉnh Bắc Kạn năm ${year} ban hành kèm theo Quyết định số 01/QĐ-KTĐNC ngày 15 tháng 02 năm ${year} của Trưởng Khối thi đua Nội chính`,
        order: 50,
        validFrom: `${year}-02-15`,
        validTo: `${year + 1}-06-30`,
        scope: 'bloc',
      },
    ],
  };
}

export const demoRuleSets: RuleSet[] = [demoRuleSet(2022), demoRuleSet(2023)];
