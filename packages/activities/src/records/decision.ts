import type * as Docs from '@thidua/documents';
import { baseSalaryAt } from '@thidua/domain';
import type { Citation, Context, Planned } from './context';
import type { RecordParts } from './shared';

/** The UBND decision, from the committee's decision form. */
export function planDecision(ctx: Context, docs: typeof Docs, p: RecordParts): Planned[] {
  const { f, unit, award, legalBases, proposals } = p;
  const d = f.decision;
  if (!d) return [];
  const awards: Docs.DecisionAward[] = (['provincialFlag', 'certificateOfMerit'] as const)
    .map((k) => ({ k, units: d.awards.filter((a) => a.award === k).map((a) => unit(a.unitId)) }))
    .filter((x) => x.units.length > 0)
    .map((x) => ({
      award: award(x.k, x.units.length),
      coefficient: ctx.ruleSet.rewards.coefficients[x.k].value,
      units: x.units,
      reason: `đã có thành tích xuất sắc trong phong trào thi đua của ${ctx.blocShort} năm ${f.year}`,
    }));
  const salary = baseSalaryAt(ctx.ruleSet, d.decisionDate);
  const baseSalary = { amount: salary.amount, source: salary.source.citation };
  const input = (proposal: Citation): Docs.DecisionInput => ({
    issuer: { name: `Ủy ban nhân dân\ntỉnh ${ctx.provinceName}` },
    symbol: 'QĐ-UBND',
    number: d.number,
    date: d.decisionDate,
    year: Number(d.decisionDate.slice(0, 4)),
    place: ctx.place,
    subject: 'Về việc tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh',
    authority: `Chủ tịch Ủy ban nhân dân tỉnh ${ctx.provinceName}`,
    authorityShort: `Chủ tịch UBND tỉnh ${ctx.provinceName}`,
    legalBases,
    recommendation: `Theo đề nghị của Trưởng ${ctx.blocShort}`,
    awards,
    baseSalary,
    fundingSource: 'Quỹ thi đua, khen thưởng của tỉnh',
    enforcement:
      'Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này',
    // Cites the Tờ trình the committee decided on, as it currently stands.
    proposal: { ...proposal, proposals },
    signer: { title: d.signerTitle, name: d.signerName },
    recipients: ['Như Điều 3', `${ctx.blocShort}`, 'Lưu: VT'],
  });
  return [
    {
      recordType: 'decision',
      series: null,
      title: `Quyết định số ${d.number}`,
      fileBase: 'quyet-dinh',
      build: (_issue, cite) => docs.buildDecision(input(cite('to-trinh'))),
    },
  ];
}
