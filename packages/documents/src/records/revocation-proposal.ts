import { dateShort, parseIsoDate } from '../format/date';
import * as nd30 from '../nd30/index';
import type { RevocationProposalInput } from '../types';
import { requireMeta, requireText } from '../validate/fields';
import { packSubmission } from './submission';

/**
 * Tờ trình đề nghị hủy/thu hồi khen thưởng (Mẫu 1.4, /TTr-): a case found after the UBND decision
 * against a unit it awarded. The bloc states the award, the case and its reason, and asks the
 * Chairman to revoke the award and recover its object and money.
 */
export async function buildRevocationProposal(input: RevocationProposalInput): Promise<Uint8Array> {
  const meta = requireMeta(input.meta, 'revocationProposal.meta', 'TTr');
  const subject = requireText(input.subject, 'revocationProposal.subject');
  const number = requireText(input.decision.number, 'revocationProposal.decision.number');
  const decided = dateShort(parseIsoDate(input.decision.date, 'revocationProposal.decision.date'));
  const grounds = requireText(input.grounds, 'revocationProposal.grounds').replace(/[.;]+$/, '');
  const reason = requireText(input.reason, 'revocationProposal.reason').replace(/[.;]+$/, '');
  const unit = input.unit.fullName ?? input.unit.name;
  const issuerName = input.issuer.name;
  return packSubmission(
    input,
    meta,
    subject,
    [
      nd30.bodyParagraph(
        `Theo Quyết định số ${number} ngày ${decided} của ${input.decision.authority}, ${unit} được tặng ` +
          `${input.award.name} năm ${input.year}, theo đề nghị của ${issuerName}.`,
      ),
      nd30.bodyParagraph(`Sau khi có quyết định khen thưởng, ${issuerName} nhận được thông tin: ${grounds}.`),
      nd30.bodyParagraph(`Lý do đề nghị: ${reason}.`),
      nd30.bodyParagraph(
        `${issuerName} kính đề nghị ${input.addressee.to} xem xét hủy quyết định khen thưởng ` +
          `${input.award.name} đối với ${unit}, thu hồi hiện vật và tiền thưởng đã nhận theo quy định.`,
      ),
    ],
    'xem xét, quyết định',
  );
}
