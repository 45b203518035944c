import type { TallyResult } from '@thidua/domain';
import { dateWords } from '../format/date';
import { pad2 } from '../format/text';
import * as nd30 from '../nd30/index';
import type { Signer, TallyMinutesInput } from '../types';
import { requireList, requireMeta, requireText, timeWords } from '../validate/fields';
import {
  checkBallotCounts,
  checkBasis,
  checkResults,
  denominatorLabel,
  thresholdLabel,
} from '../validate/votes';
import { endMark, numberLine } from './common';
import { capitalise, isElection, roundSubject, votePhrase } from './vote-subject';
import { voteResultTable } from './vote-table';

/** The counts a round's minutes print, straight from its tally (invalid ballots with their reasons). */
export function tallyCounts(
  t: TallyResult,
): Pick<TallyMinutesInput, 'memberCount' | 'presentCount' | 'ballots' | 'invalidNotes'> {
  return {
    memberCount: t.members,
    presentCount: t.present,
    ballots: {
      issued: t.ballotsIssued,
      received: t.ballotsReceived,
      valid: t.validBallots,
      invalid: t.invalidBallots,
    },
    invalidNotes: t.invalidReasonLines.map((l) => `${l.label}: ${pad2(l.count)} phiếu`),
  };
}

/** Biên bản kiểm phiếu of one round (Mẫu 1.9 layout: number, no place/date line in the header). */
export async function buildTallyMinutes(input: TallyMinutesInput): Promise<Uint8Array> {
  const meta = requireMeta(input.meta, 'tallyMinutes.meta', 'BB');
  const conference = requireText(input.conference, 'tallyMinutes.conference');
  const board = requireList(input.board, 'tallyMinutes.board');
  const results = requireList(input.results, 'tallyMinutes.results');
  checkBasis(input.basis, 'tallyMinutes.basis');
  checkBallotCounts(input.ballots, input.presentCount, input.memberCount, 'tallyMinutes.ballots');
  checkResults(results, input.basis, input.ballots.valid, 'tallyMinutes.results');
  const start = timeWords(input.startTime, 'tallyMinutes.startTime');
  const end = timeWords(input.endTime, 'tallyMinutes.endTime');
  const b = input.ballots;
  const subjects = results.map((r) => r.award);

  const signers: Signer[] = [
    ...board.filter((m) => m.role !== 'Trưởng ban').map((m) => ({ title: m.role, name: m.person.name })),
    ...board
      .filter((m) => m.role === 'Trưởng ban')
      .map((m) => ({ title: 'Trưởng ban kiểm phiếu', name: m.person.name })),
  ];

  const children = [
    nd30.headerTable({ issuer: input.issuer, numberLine: numberLine(meta.number) }),
    ...nd30.documentTitle('Biên bản', `Kiểm phiếu ${roundSubject(subjects)} - Vòng ${input.round}`),
    nd30.bodyParagraph(
      `Hôm nay, vào hồi ${start}, ${dateWords(meta.date)}, tại ${input.venue}, Ban kiểm phiếu ${conference} gồm:`,
    ),
    ...board.map((m) => nd30.bodyParagraph(`- ${m.person.name}, ${m.person.post} - ${m.role};`)),
    nd30.bodyParagraph(
      `đã tiến hành kiểm phiếu ${isElection(subjects) ? roundSubject(subjects) : 'bình xét, suy tôn thi đua'} vòng ${input.round}. Kết quả như sau:`,
    ),
    nd30.bodyParagraph(
      `1. Tổng số đơn vị thành viên của Khối: ${pad2(input.memberCount)}; số đơn vị có mặt: ${pad2(input.presentCount)}.`,
    ),
    nd30.bodyParagraph(
      `2. Số phiếu phát ra: ${pad2(b.issued)}; số phiếu thu về: ${pad2(b.received)}; ` +
        `số phiếu hợp lệ: ${pad2(b.valid)}; số phiếu không hợp lệ: ${pad2(b.invalid)}.`,
    ),
    ...(input.invalidNotes ?? []).map((n) => nd30.bodyParagraph(`- ${n.replace(/[;.]+$/, '')}.`)),
    ...(input.notReturned?.length
      ? [
          nd30.bodyParagraph(
            `- Số phiếu không thu về: ${pad2(input.notReturned.length)} (đơn vị có mặt không bỏ phiếu: ${input.notReturned.join(', ')}).`,
          ),
        ]
      : []),
    ...(input.withdrawn ?? []).map((w) =>
      nd30.bodyParagraph(`- ${w.replace(/[;.]+$/, '')}; không ghi tên trên phiếu.`),
    ),
    ...(input.encrypted
      ? [
          nd30.bodyParagraph(
            `- Phiếu bầu được mã hóa trên thiết bị của từng đại biểu; không phiếu nào được mở. ` +
              `Tổng số phiếu của từng đơn vị được giải mã chung bởi các thành viên Ban kiểm phiếu: ` +
              `${input.encrypted.decryptedBy.join(', ')}. Bảng tin của vòng bỏ phiếu (các phiếu mã hóa, ` +
              `tổng mã hóa, phần giải mã và bằng chứng) có mã băm SHA-256: ${input.encrypted.boardHash}.`,
          ),
        ]
      : []),
    nd30.bodyParagraph(
      `3. Kết quả bỏ phiếu (tỷ lệ % tính trên ${denominatorLabel(input.basis)}; ` +
        `đơn vị đạt khi được ${thresholdLabel(input.basis)} số phiếu đồng ý và trong phạm vi chỉ tiêu):`,
      { keepNext: true },
    ),
    ...results.flatMap((r, i) => [
      nd30.bodyParagraph(
        `${String.fromCharCode(97 + i)}) ${capitalise(votePhrase(r.award))} (chỉ tiêu: ${pad2(r.award.seats)} đơn vị):`,
        { bold: true, keepNext: true },
      ),
      voteResultTable(r, input.basis),
      nd30.line('', { size: nd30.SIZE.body }),
    ]),
    nd30.bodyParagraph('4. Kết luận:', { bold: true, keepNext: true }),
    ...input.conclusion.map((c) => nd30.bodyParagraph(c)),
    nd30.bodyParagraph(
      'Biên bản đã được đọc lại cho Hội nghị nghe và được các thành viên Ban kiểm phiếu nhất trí thông qua.',
    ),
    nd30.bodyParagraph(endMark(`Việc kiểm phiếu kết thúc vào hồi ${end} cùng ngày`), { keepNext: true }),
    nd30.signatureGrid(signers, nd30.CONTENT_WIDTH.portrait, Math.min(3, signers.length)),
  ];
  return nd30.packRecord({
    title: `Biên bản kiểm phiếu ${meta.number}`,
    date: meta.date,
    sections: [nd30.nd30Section(children)],
  });
}
