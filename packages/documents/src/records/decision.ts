import { DocumentDataError } from '../errors';
import { blankDateLine, type CalendarDate, dateLine, dateShort, parseIsoDate } from '../format/date';
import { decimalText, moneyDigits, moneyInWords } from '../format/money';
import { upper } from '../format/text';
import * as nd30 from '../nd30/index';
import type { DecisionInput } from '../types';
import { requireList, requireNumber, requireText } from '../validate/fields';
import { checkAwardedWereProposed } from '../validate/votes';
import { countText, endMark, joinVi } from './common';
import { awardAmount, decisionAnnex } from './decision-annex';

const article = (n: number, text: string) =>
  nd30.bodyParagraph([
    [`Điều ${n}. `, { size: nd30.SIZE.body, bold: true }],
    [text, { size: nd30.SIZE.body }],
  ]);

const unreachable = (): never => {
  throw new Error('unreachable: checked by checkAwardedWereProposed');
};

/** A draft has neither number nor date; an issued decision has both. Half of each is refused. */
function numberAndDate(input: DecisionInput): { number?: string; date?: CalendarDate } {
  if (input.number === undefined && input.date === undefined) return {};
  if (input.number === undefined) {
    throw new DocumentDataError(
      'MISSING_NUMBER',
      'Quyết định có ngày ký nhưng thiếu số (decision.number).',
      'decision.number',
    );
  }
  return {
    number: requireNumber(input.number, 'decision.number', 'QĐ'),
    date: parseIsoDate(input.date, 'decision.date'),
  };
}

/** Dự thảo Quyết định of the Chairman (Mẫu 1.2), with its attached list in a separately paginated section. */
export async function buildDecision(input: DecisionInput): Promise<Uint8Array> {
  const { number, date } = numberAndDate(input);
  const symbol = requireText(input.symbol, 'decision.symbol');
  const place = requireText(input.place, 'decision.place');
  const awards = requireList(input.awards, 'decision.awards');
  const proposal = input.proposal;
  checkAwardedWereProposed(awards, proposal?.proposals, 'decision.proposal');
  if (!proposal) return unreachable();
  const proposalNumber = requireNumber(proposal.number, 'decision.proposal.number', 'TTr');
  const proposalDate = parseIsoDate(proposal.date, 'decision.proposal.date');
  const proposalIssuer = requireText(proposal.issuerName, 'decision.proposal.issuerName');
  const proposer = requireText(input.proposer, 'decision.proposer').replace(/[;.]+$/, '');
  const executors = requireList(input.executors, 'decision.executors').map((e) => e.replace(/[;,.]+$/, ''));
  const awarded = [...new Set(awards.flatMap((a) => a.units.map((u) => u.fullName ?? u.name)))];
  const base = input.baseSalary;
  for (const a of awards) {
    const amount = awardAmount(a, base.amount);
    if (!Number.isSafeInteger(amount) || amount <= 0) {
      throw new DocumentDataError(
        'INCONSISTENT_COUNTS',
        `Số tiền thưởng của ${a.award.name} không hợp lệ: ${amount}.`,
        'decision.awards',
      );
    }
  }

  const main = [
    ...(number
      ? []
      : [nd30.line('DỰ THẢO', { size: nd30.SIZE.body, bold: true, align: 'right', after: 120 })]),
    nd30.headerTable({
      issuer: input.issuer,
      numberLine: number ? `Số: ${number}` : `Số:        /${symbol}`,
      dateLine: date ? dateLine(place, date) : blankDateLine(place, input.year),
    }),
    ...nd30.documentTitle('Quyết định', input.subject).slice(0, -1),
    nd30.line('', { size: nd30.SIZE.body }),
    nd30.centredHeading(upper(input.authority), 0),
    ...nd30.legalBasisLines(input.legalBases, ';'),
    nd30.bodyParagraph(
      `Xét đề nghị của ${proposer} và Tờ trình số ${proposalNumber} ngày ${dateShort(proposalDate)} của ${proposalIssuer}.`,
      { italics: true },
    ),
    nd30.centredHeading('QUYẾT ĐỊNH:'),
    article(1, 'Tặng thưởng cho các tập thể có tên trong danh sách kèm theo Quyết định này, cụ thể:'),
    ...awards.map((a, i) =>
      nd30.bodyParagraph(
        `${i + 1}. Tặng ${a.award.name} cho ${countText(a.units.length, 'tập thể')} (${joinVi(a.units.map((u) => u.fullName ?? u.name))}), ${a.reason.replace(/[;.]+$/, '')}.`,
      ),
    ),
    article(
      2,
      `Kèm theo hình thức khen thưởng là tiền thưởng theo quy định (mức lương cơ sở ${moneyDigits(base.amount)} đồng theo ${base.source}):`,
    ),
    ...awards.map((a) => {
      const amount = awardAmount(a, base.amount);
      return nd30.bodyParagraph(
        `- ${a.award.name}: ${decimalText(a.coefficient)} lần mức lương cơ sở, bằng ${moneyDigits(amount)} đồng/tập thể (${moneyInWords(amount)}).`,
      );
    }),
    nd30.bodyParagraph(`Tiền thưởng được trích từ ${input.fundingSource.replace(/[;.]+$/, '')}.`),
    article(3, 'Quyết định này có hiệu lực kể từ ngày ký.'),
    nd30.bodyParagraph(
      endMark(
        `${executors.join(', ')}, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể có tên tại Điều 1 ` +
          `(${joinVi(awarded)}) chịu trách nhiệm thi hành Quyết định này`,
      ),
    ),
    nd30.line('', { size: nd30.SIZE.body, keepNext: true }),
    nd30.closingRow({ signer: input.signer, recipients: input.recipients }),
  ];
  const annex = decisionAnnex(input, date);

  return nd30.packRecord({
    title: number ? `Quyết định ${number}` : `Dự thảo Quyết định ${symbol} năm ${input.year}`,
    date: date ?? proposalDate,
    sections: [nd30.nd30Section(main), nd30.nd30Section(annex)],
  });
}
