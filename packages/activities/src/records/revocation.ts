import type * as Docs from '@thidua/documents';
import { DomainError, eligibilityCaseText, voteKindLabels } from '@thidua/domain';
import type { RevocationRecord } from '../contract';
import { type Context, numbered, type Planned } from './context';
import { blocHeadSigner, fileKind, type RecordParts } from './shared';

/**
 * The Tờ trình đề nghị hủy/thu hồi khen thưởng of one award the UBND decided, on a case found later:
 * the decision that made the award, the case as recorded, the bloc's reason. Final once issued.
 */
export function planRevocation(
  ctx: Context,
  docs: typeof Docs,
  p: RecordParts,
  r: RevocationRecord | undefined,
): Planned[] {
  if (!r) throw new Error('a revocation proposal is issued for one proposal');
  const { f, issuer, unit, award, legalBases } = p;
  const d = f.decision;
  if (!d) {
    throw new DomainError('RECORD_FACT_MISSING', 'Chưa ghi nhận quyết định khen thưởng của UBND tỉnh.');
  }
  const block = ctx.ruleSet.eligibilityBlocks.find((b) => b.code === r.case.code);
  if (!block) {
    throw new DomainError(
      'RULESET_INVALID',
      `Bộ quy định năm ${f.year} không có loại vụ việc "${r.case.code}" mà đề nghị hủy/thu hồi dựa vào.`,
    );
  }
  // The decision is cited as issued: a province merged since then is named as it was on that day.
  const decidedIn = ctx.decisionProvinceName;
  if (!decidedIn) throw new Error('the province on the decision day is loaded for a revocation');
  const name = ctx.unitName(r.unitId);
  return [
    {
      recordType: 'revocationProposal',
      series: 'TTr',
      title: `Tờ trình đề nghị hủy/thu hồi ${voteKindLabels[r.award]} của ${name}`,
      fileBase: `to-trinh-thu-hoi-${fileKind[r.award]}-${r.unitId}`,
      date: ctx.date,
      final: true,
      build: (issue) =>
        docs.buildRevocationProposal({
          issuer,
          meta: { number: numbered(issue, 'Tờ trình đề nghị hủy/thu hồi'), date: ctx.date, place: ctx.place },
          subject: `Về việc đề nghị hủy quyết định, thu hồi ${voteKindLabels[r.award]} năm ${f.year}`,
          addressee: {
            to: `Chủ tịch Ủy ban nhân dân tỉnh ${ctx.provinceName}`,
            via: 'Ban Thi đua - Khen thưởng, Sở Nội vụ',
          },
          legalBases,
          decision: {
            number: d.number,
            date: d.decisionDate,
            authority: `Chủ tịch Ủy ban nhân dân tỉnh ${decidedIn}`,
          },
          year: f.year,
          unit: unit(r.unitId),
          award: award(r.award, 1),
          grounds: eligibilityCaseText(block, r.case),
          reason: r.reason,
          signer: blocHeadSigner(ctx),
          recipients: ['Như trên', name, `Lưu: VT, ${ctx.issuerCode}`],
        }),
    },
  ];
}
