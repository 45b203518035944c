import { percentText } from '../format/money';
import * as nd30 from '../nd30/index';
import type { AwardVote, ProposalInput, VoteBasis } from '../types';
import { requireList, requireMeta, requireText } from '../validate/fields';
import {
  checkBasis,
  checkProposals,
  denominatorKindLabel,
  denominatorLabel,
  thresholdLabel,
} from '../validate/votes';
import { countText, joinVi } from './common';
import { packSubmission } from './submission';

function voteLines(results: readonly AwardVote[], basis: VoteBasis) {
  return results.flatMap((r, i) => [
    nd30.bodyParagraph(`${i + 1}. ${r.award.name} (chỉ tiêu: ${countText(r.award.seats, 'đơn vị')}):`, {
      bold: true,
    }),
    ...r.rows.map((row) => {
      const count = (row.basis ?? basis).denominator.count;
      return nd30.bodyParagraph(
        `- ${row.unit.name}: ${row.votes}/${count} phiếu đồng ý (${percentText(row.votes, count)})` +
          `${row.note ? `, ${row.note}` : ''} - ${row.resultLabel ?? (row.passed ? 'Đạt' : 'Không đạt')}.`,
      );
    }),
  ]);
}

/** Tờ trình đề nghị khen thưởng (Mẫu 1.4, /TTr-) from the bloc to the Chairman of the provincial committee. */
export async function buildProposal(input: ProposalInput): Promise<Uint8Array> {
  const meta = requireMeta(input.meta, 'proposal.meta', 'TTr');
  const subject = requireText(input.subject, 'proposal.subject');
  // A year with no proposal still reports its vote: the figures are what the Chairman is told.
  requireList(input.vote.results, 'proposal.vote.results');
  checkBasis(input.vote.basis, 'proposal.vote.basis');
  checkProposals(input.proposals, input.vote.results, 'proposal.proposals');
  const { basis } = input.vote;
  // Rows elected in different rounds (a runoff) each carry their round's count: the sentence then
  // names the rule, not one count.
  const perRound = input.vote.results.some((r) => r.rows.some((row) => row.basis !== undefined));
  const denominator = perRound
    ? `${denominatorKindLabel(basis)} của vòng bỏ phiếu bầu ra đơn vị`
    : denominatorLabel(basis);
  const issuerName = input.issuer.name;
  const proposed = input.proposals.filter((p) => p.units.length > 0);
  const proposedKinds = new Set(proposed.map((p) => p.award.kind));
  const unproposed = [
    ...new Set(input.vote.results.filter((r) => !proposedKinds.has(r.award.kind)).map((r) => r.award.name)),
  ];
  const closingVerb = proposed.length > 0 ? ', quyết định' : '';

  return packSubmission(
    input,
    meta,
    subject,
    [
      ...input.summary.map((p) => nd30.bodyParagraph(p)),
      nd30.bodyParagraph(
        `Tại ${input.vote.conference}, ${issuerName} đã tiến hành bình xét, suy tôn bằng hình thức bỏ phiếu kín. ` +
          `Tỷ lệ phiếu đồng ý tính trên ${denominator}; đơn vị đạt khi được ${thresholdLabel(basis)} số phiếu đồng ý. Kết quả như sau:`,
      ),
      ...voteLines(input.vote.results, basis),
      ...(proposed.length > 0
        ? [
            nd30.bodyParagraph(`Từ kết quả trên, ${issuerName} kính đề nghị ${input.addressee.to} xem xét:`),
            ...proposed.map((p, i) =>
              nd30.bodyParagraph(
                `${i + 1}. Tặng ${p.award.name} cho ${countText(p.units.length, 'tập thể')}: ${joinVi(p.units.map((u) => u.fullName ?? u.name))}.`,
              ),
            ),
          ]
        : []),
      ...(unproposed.length > 0
        ? [
            nd30.bodyParagraph(
              `Không có đơn vị đạt số phiếu theo quy định để đề nghị tặng ${joinVi(unproposed)}; ` +
                `Hội nghị không suy tôn đơn vị nào và ${issuerName} không đề nghị tặng ${unproposed.length > 1 ? 'các hình thức' : 'hình thức'} này.`,
            ),
          ]
        : []),
      ...(proposed.length > 0
        ? [nd30.bodyParagraph('(Có danh sách và hồ sơ kèm theo)', { italics: true })]
        : []),
      nd30.bodyParagraph('Hồ sơ kèm theo gồm:', { keepNext: true }),
      ...input.attachments.map((a, i) =>
        nd30.bodyParagraph(`- ${a.replace(/[;.]+$/, '')}${i === input.attachments.length - 1 ? '.' : ';'}`),
      ),
    ],
    `xem xét${closingVerb}`,
  );
}
