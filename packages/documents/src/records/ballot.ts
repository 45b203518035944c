import { DocumentDataError } from '../errors';
import { parseIsoDate } from '../format/date';
import { pad2 } from '../format/text';
import * as nd30 from '../nd30/index';
import type { BallotInput } from '../types';
import { requireList, requireText } from '../validate/fields';
import { capitalise, choicePhrase, isElection, roundSubject, votePhrase } from './vote-subject';

/** "Đồng ý thì đánh dấu (x); chọn không quá 01 đơn vị đề nghị tặng …, không quá 02 đơn vị …" */
export function ballotInstruction(input: BallotInput): string {
  const limits = input.awards.map((a) => `không quá ${pad2(a.seats)} ${choicePhrase(a)}`);
  return (
    `Đồng ý thì đánh dấu (x) vào ô tương ứng; chọn ${limits.join(', ')}. ` +
    'Phiếu chọn quá số lượng, ghi thêm tên hoặc có ký hiệu riêng là phiếu không hợp lệ.'
  );
}

/** Phiếu bầu of one round: no voter name; candidates per award; ineligible cells shaded and explained. */
export async function buildBallot(input: BallotInput): Promise<Uint8Array> {
  const conference = requireText(input.conference, 'ballot.conference');
  const awards = requireList(input.awards, 'ballot.awards');
  const candidates = requireList(input.candidates, 'ballot.candidates');
  if (!Number.isInteger(input.round) || input.round < 1) {
    throw new DocumentDataError(
      'MISSING_FIELD',
      'Vòng bỏ phiếu phải là số nguyên từ 1 (ballot.round).',
      'ballot.round',
    );
  }
  for (const a of awards) {
    if (!(a.seats >= 1)) {
      throw new DocumentDataError(
        'MISSING_FIELD',
        `Chỉ tiêu của ${a.name} phải từ 01 trở lên.`,
        'ballot.awards',
      );
    }
  }

  const width = nd30.CONTENT_WIDTH.portrait;
  const widths = nd30.widthsByWeight(width, [8, 40, ...awards.map(() => 52 / awards.length)]);
  const columns = [
    { header: 'STT', width: widths[0] ?? 0, align: 'center' as const },
    { header: 'Tên đơn vị', width: widths[1] ?? 0 },
    ...awards.map((a, i) => ({
      header: `${capitalise(votePhrase(a))}\n(chọn không quá ${pad2(a.seats)})`,
      width: widths[i + 2] ?? 0,
      align: 'center' as const,
    })),
  ];
  const rows: nd30.CellValue[][] = candidates.map((c, i) => [
    String(i + 1),
    c.unit.name,
    ...awards.map((a): nd30.CellValue => {
      const out = c.ineligible?.find((x) => x.kind === a.kind);
      return out ? { text: 'Không thuộc diện bình xét', italics: true, shaded: true } : '';
    }),
  ]);
  const notes = candidates.flatMap((c) =>
    (c.ineligible ?? []).map((x) => {
      const award = awards.find((a) => a.kind === x.kind)?.name ?? x.kind;
      return `- ${c.unit.name} (${award}): ${x.reason}.`;
    }),
  );

  const children = [
    nd30.headerTable({ issuer: input.issuer }),
    ...nd30.documentTitle(
      'Phiếu bầu',
      `${capitalise(roundSubject(awards))}${isElection(awards) ? '' : ` năm ${input.year}`} - Vòng ${input.round}`,
    ),
    nd30.line(conference, { size: nd30.SIZE.body, italics: true, after: 120 }),
    nd30.bodyParagraph(ballotInstruction(input), { italics: true }),
    nd30.dataTable(columns, rows, nd30.SIZE.table),
    ...(notes.length > 0
      ? [
          nd30.line('', { size: nd30.SIZE.note }),
          nd30.line('Ô nền xám: đơn vị không thuộc diện bình xét hình thức đó, cụ thể:', {
            size: nd30.SIZE.note,
            italics: true,
            align: 'left',
          }),
          ...notes.map((n) => nd30.line(n, { size: nd30.SIZE.note, italics: true, align: 'left' })),
        ]
      : []),
    nd30.line('', { size: nd30.SIZE.note }),
    nd30.line('(Phiếu hợp lệ là phiếu do Ban kiểm phiếu phát ra, có dấu treo của đơn vị Trưởng khối)', {
      size: nd30.SIZE.note,
      italics: true,
    }),
  ];
  return nd30.packRecord({
    title: `Phiếu bầu vòng ${input.round} năm ${input.year}`,
    // A ballot has no date of its own: the end of the emulation year keeps the file stable.
    date: parseIsoDate(`${input.year}-12-31`, 'ballot.year'),
    sections: [nd30.nd30Section(children)],
  });
}
