import { dateWords } from '../format/date';
import { percentText } from '../format/money';
import * as nd30 from '../nd30/index';
import type { ConferenceMinutesInput } from '../types';
import { requireList, requireMeta, requireText, timeWords } from '../validate/fields';
import { checkBasis, checkResults } from '../validate/votes';
import { endMark, joinVi, numberLine } from './common';

const labelled = (label: string, value: string) =>
  nd30.bodyParagraph([
    [label, { size: nd30.SIZE.body, bold: true }],
    [` ${value}`, { size: nd30.SIZE.body }],
  ]);

/**
 * Biên bản hội nghị tổng kết (Mẫu 1.9): no place/date line in the header; THƯ KÝ signs on the left,
 * CHỦ TỌA on the right, Nơi nhận under the left block.
 */
export async function buildConferenceMinutes(input: ConferenceMinutesInput): Promise<Uint8Array> {
  const meta = requireMeta(input.meta, 'conferenceMinutes.meta', 'BB');
  const subject = requireText(input.subject, 'conferenceMinutes.subject');
  const attendees = requireList(input.attendees, 'conferenceMinutes.attendees');
  const chair = requireText(input.chair?.name, 'conferenceMinutes.chair');
  const secretary = requireText(input.secretary?.name, 'conferenceMinutes.secretary');
  const start = timeWords(input.startTime, 'conferenceMinutes.startTime');
  const end = timeWords(input.endTime, 'conferenceMinutes.endTime');
  checkBasis(input.vote.basis, 'conferenceMinutes.vote.basis');
  checkResults(input.vote.results, input.vote.basis, undefined, 'conferenceMinutes.vote.results');
  const n = input.vote.basis.denominator.count;
  const e = input.election;

  const results = input.vote.results.map((r) => {
    const passed = r.rows.filter((x) => x.passed);
    const names = passed.map((x) => {
      const count = x.basis?.denominator.count ?? n;
      return `${x.unit.name} (${x.votes}/${count} phiếu, đạt ${percentText(x.votes, count)})`;
    });
    return nd30.bodyParagraph(
      `- Đề nghị tặng ${r.award.name}: ${names.length > 0 ? joinVi(names) : 'không có đơn vị đạt'}.`,
    );
  });

  const children = [
    nd30.headerTable({ issuer: input.issuer, numberLine: numberLine(meta.number) }),
    ...nd30.documentTitle('Biên bản', subject),
    labelled('Thời gian bắt đầu:', `${start}, ${dateWords(meta.date)}.`),
    labelled('Địa điểm:', `${input.venue}.`),
    labelled('Thành phần tham dự:', ''),
    ...attendees.map((a) => nd30.bodyParagraph(`- ${a.replace(/[;.]+$/, '')};`)),
    labelled('Chủ trì (chủ tọa):', `${chair} - ${input.chair.post}.`),
    labelled('Thư ký (người ghi biên bản):', `${secretary} - ${input.secretary.post}.`),
    labelled('Nội dung (theo diễn biến cuộc họp):', ''),
    ...nd30.sectionParagraphs(input.proceedings),
    nd30.bodyParagraph(
      `Kết quả bình xét, suy tôn (theo Biên bản kiểm phiếu số ${joinVi(input.vote.tallyNumbers)}):`,
      { bold: true, keepNext: true },
    ),
    ...results,
    nd30.bodyParagraph(`Bầu đơn vị Trưởng khối, Phó Trưởng khối năm ${e.year}:`, {
      bold: true,
      keepNext: true,
    }),
    nd30.bodyParagraph(
      e.deputy
        ? `Hội nghị bầu ${e.head.name} là đơn vị Trưởng khối (${e.headResult}); ` +
            `${e.deputy.unit.name} là đơn vị Phó Trưởng khối năm ${e.year} (${e.deputy.result}).`
        : `Hội nghị bầu ${e.head.name} là đơn vị Trưởng khối năm ${e.year} (${e.headResult}); ` +
            `Hội nghị không bầu được đơn vị Phó Trưởng khối năm ${e.year}.`,
    ),
    nd30.bodyParagraph('Biên bản đã được đọc lại cho Hội nghị nghe và được Hội nghị nhất trí thông qua.'),
    nd30.bodyParagraph(endMark(`Cuộc họp kết thúc vào ${end}, ${dateWords(meta.date)}`), { keepNext: true }),
    nd30.line('', { size: nd30.SIZE.body, keepNext: true }),
    nd30.closingRow({
      left: [
        ...nd30.signatureBlock({ title: 'Thư ký', name: secretary }),
        nd30.line('', { size: nd30.SIZE.body }),
        ...nd30.recipientsBlock(input.recipients),
      ],
      signer: { title: 'Chủ tọa', name: chair },
    }),
  ];
  return nd30.packRecord({
    title: `Biên bản hội nghị ${meta.number}`,
    date: meta.date,
    sections: [nd30.nd30Section(children)],
  });
}
