// ND 30/2020 Phụ lục I, in the units docx writes: twips (1/20 pt) for lengths, points for sizes.
export const FONT = 'Times New Roman';

const MM = 1440 / 25.4;
const mm = (value: number): number => Math.round(value * MM);

export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
} as const;

/** Text width between the margins. */
export const CONTENT_WIDTH = {
  portrait: PAGE.width - PAGE.margin.left - PAGE.margin.right,
  landscape: PAGE.height - PAGE.margin.left - PAGE.margin.right,
} as const;

export type Orientation = keyof typeof CONTENT_WIDTH;

/** Font sizes in points, chosen inside each element's decree range. */
export const SIZE = {
  nationalTitle: 12, // Quốc hiệu 12–13
  motto: 13, // Tiêu ngữ 13–14
  parentAgency: 12, // chủ quản 12–13
  issuer: 12, // tên cơ quan ban hành 12–13
  number: 13, // Số, ký hiệu 13
  dateLine: 14, // địa danh, thời gian 13–14
  docType: 14, // tên loại 13–14
  subject: 14, // trích yếu 13–14
  body: 14, // nội dung 13–14
  signature: 14, // quyền hạn, chức vụ, họ tên 13–14
  recipientsLabel: 12, // "Nơi nhận:" 12
  recipients: 11, // danh sách nơi nhận 11
  pageNumber: 13, // số trang 13–14
  table: 13,
  tableSmall: 12,
  tableTiny: 11, // the landscape score sheet: 19 columns of quarter points
  note: 12,
} as const;

/** First-line indent 1 cm; paragraph spacing 6 pt; line spacing 1.15 (decree: single to 1.5). */
export const BODY = { firstLine: mm(10), after: 120, line: 276 } as const;

/** A rule under a heading: 0.75 pt single line. */
export const RULE = { size: 6, space: 1 } as const;

/** Cell padding used by every table, so the checker and the rule maths agree. */
export const CELL_MARGIN = { left: 57, right: 57 } as const;
