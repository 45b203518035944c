// Decree values and small helpers shared by the checker's parts (written out independently of src/nd30).
import { attr, child, findAll, kids, runsOf, type XNode } from './ooxml';

export interface RecordSpec {
  /** Tên loại, upper case: "TỜ TRÌNH". */
  readonly docType: string;
  readonly number: 'required' | 'absent' | 'draft';
  /** Type code in the number: TTr, BB, BC… */
  readonly typeCode?: string;
  /** "absent" for Biên bản (Mẫu 1.9) and unnumbered attachments. */
  readonly dateLine: 'required' | 'absent' | 'draft';
  /** Issuer name as rendered (upper case, "\n" between lines). */
  readonly issuer: string;
  readonly parent?: string;
  /** Texts of the signature block(s): authority, title, post lines and names. */
  readonly signatures: readonly string[];
  readonly recipients: boolean;
  readonly orientation: 'portrait' | 'landscape';
  /** Substrings the document must contain. */
  readonly contains?: readonly string[];
  readonly sections?: number;
}

export const A4 = { short: 11906, long: 16838 };
export const MARGIN = {
  top: [1134, 1417],
  bottom: [1134, 1417],
  left: [1701, 1984],
  right: [850, 1134],
} as const;
const FONT = 'Times New Roman';
export const pt = (...sizes: number[]) => sizes.map((s) => s * 2);
export const SIZES = {
  nationalTitle: pt(12, 13),
  motto: pt(13, 14),
  agency: pt(12, 13),
  number: pt(13),
  dateLine: pt(13, 14),
  docType: pt(13, 14),
  body: pt(13, 14),
  recipientsLabel: pt(12),
  recipients: pt(11),
  any: pt(11, 12, 13, 14),
};
export const NATIONAL = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const NUMBER = /^Số: \d{2,}\/(\p{L}+)(-[\p{Lu}\d]+)+$/u;
export const DRAFT_NUMBER = /^Số:\s+\/\p{L}+(-[\p{Lu}\d]+)+$/u;
// Day < 10 and months 1–2 zero-padded; months 3–12 not.
export const DATE_LINE =
  /^\p{Lu}[\p{L} ]*, ngày (0[1-9]|[12]\d|3[01]) tháng (01|02|[3-9]|1[0-2]) năm \d{4}$/u;
export const DRAFT_DATE_LINE = /^\p{Lu}[\p{L} ]*, ngày\s+tháng\s+năm \d{4}$/u;
export const ANY_DATE = /ngày.*tháng.*năm/;

export class Report {
  readonly failures: string[] = [];
  check(ok: boolean, message: string): void {
    if (!ok) this.failures.push(message);
  }
}

export const num = (v: string | undefined): number => (v === undefined ? Number.NaN : Number(v));
export const inRange = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;

export function checkRuns(p: XNode, where: string, r: Report, sizes: readonly number[] = SIZES.any): void {
  for (const run of runsOf(p)) {
    r.check(
      run.font === FONT && run.fontHAnsi === FONT,
      `${where}: run "${run.text.slice(0, 30)}" not in ${FONT}`,
    );
    r.check(
      run.halfPoints !== undefined && sizes.includes(run.halfPoints),
      `${where}: run "${run.text.slice(0, 30)}" size ${run.halfPoints} not in ${sizes.map((s) => s / 2).join('/')} pt`,
    );
  }
}

export const styled = (p: XNode, o: { bold?: boolean; italic?: boolean; sizes: readonly number[] }) => {
  const runs = runsOf(p).filter((x) => x.text !== '');
  return (
    runs.length > 0 &&
    runs.every(
      (x) =>
        (o.bold === undefined || x.bold === o.bold) &&
        (o.italic === undefined || x.italic === o.italic) &&
        x.halfPoints !== undefined &&
        o.sizes.includes(x.halfPoints),
    )
  );
};

export const gridOf = (tbl: XNode) =>
  findAll(kids(child(tbl, 'w:tblGrid') ?? {}), 'w:gridCol').map((g) => num(attr(g, 'w:w')));
