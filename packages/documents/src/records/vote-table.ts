import { percentText } from '../format/money';
import { pad2 } from '../format/text';
import * as nd30 from '../nd30/index';
import type { RoundVote, VoteBasis } from '../types';

const DENOMINATOR_SHORT: Record<VoteBasis['denominator']['kind'], string> = {
  members: 'đơn vị thành viên',
  present: 'đơn vị có mặt',
  received: 'phiếu thu về',
  valid: 'phiếu hợp lệ',
};

/** STT | Đơn vị | Số phiếu đồng ý | Tỷ lệ % (trên N …) | Kết quả — the denominator is stated in the header. */
export function voteResultTable(result: Pick<RoundVote, 'rows'>, basis: VoteBasis) {
  const widths = nd30.widthsByWeight(nd30.CONTENT_WIDTH.portrait, [7, 35, 14, 20, 24]);
  const n = basis.denominator.count;
  const columns = [
    { header: 'STT', width: widths[0] ?? 0, align: 'center' as const },
    { header: 'Đơn vị', width: widths[1] ?? 0 },
    { header: 'Số phiếu đồng ý', width: widths[2] ?? 0, align: 'center' as const },
    {
      header: `Tỷ lệ % (trên ${pad2(n)} ${DENOMINATOR_SHORT[basis.denominator.kind]})`,
      width: widths[3] ?? 0,
      align: 'center' as const,
    },
    { header: 'Kết quả', width: widths[4] ?? 0, align: 'center' as const },
  ];
  const rows: nd30.CellValue[][] = result.rows.map((r, i) => [
    String(i + 1),
    r.unit.name,
    String(r.votes),
    percentText(r.votes, n),
    {
      text: `${r.resultLabel ?? (r.passed ? 'Đạt' : 'Không đạt')}${r.note ? `\n(${r.note})` : ''}`,
      bold: r.passed,
    },
  ]);
  return nd30.dataTable(columns, rows, nd30.SIZE.table);
}
