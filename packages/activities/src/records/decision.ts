import type * as Docs from '@thidua/documents';
import { baseSalaryAt, citationLines, decisionSignature } from '@thidua/domain';
import type { Citation, Context, Planned } from './context';
import type { RecordParts } from './shared';

/** The UBND decision, from the committee's decision form. */
export function planDecision(ctx: Context, docs: typeof Docs, p: RecordParts): Planned[] {
  const { f, unit, award, proposals } = p;
  const d = f.decision;
  if (!d) return [];
  // A rule set stored before it said so is read with the province's practice (parseStoredRuleSet).
  const rule = ctx.ruleSet.decision;
  // The Chairman cites the national and provincial texts, not the bloc's own quy chế.
  const legalBases = citationLines(ctx.ruleSet, d.decisionDate, ';', 'province').map((l) =>
    l.replace(/[;.]$/, ''),
  );
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
    proposer: rule.proposer,
    awards,
    baseSalary,
    fundingSource: 'Quỹ thi đua, khen thưởng của tỉnh',
    executors: rule.executors,
    // Cites the Tờ trình the committee decided on, as it currently stands.
    proposal: { ...proposal, issuerName: ctx.blocShort, proposals },
    signer: { ...decisionSignature(d.signerTitle), name: d.signerName },
    recipients: [
      'Như Điều 3',
      'Chủ tịch, các PCT UBND tỉnh',
      'Ban Thi đua - Khen thưởng (Sở Nội vụ)',
      ctx.blocShort,
      'Lưu: VT, NC',
    ],
  });
  return [
    {
      recordType: 'decision',
      series: null,
      title: `Quyết định số ${d.number}`,
      fileBase: 'quyet-dinh',
      date: d.decisionDate,
      build: (_issue, cite) => docs.buildDecision(input(cite('to-trinh'))),
    },
  ];
}
