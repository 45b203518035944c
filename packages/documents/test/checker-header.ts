// Checks of the two-column header: Quốc hiệu, Tiêu ngữ and its rule, issuer and its short rule, Số, date line.
import { textWidthTwips } from '../src/nd30/metrics';
import {
  ANY_DATE,
  checkRuns,
  DATE_LINE,
  DRAFT_DATE_LINE,
  DRAFT_NUMBER,
  gridOf,
  MOTTO,
  NATIONAL,
  NUMBER,
  num,
  type RecordSpec,
  type Report,
  SIZES,
  styled,
} from './checker-shared';
import { attr, child, findAll, kids, pPrOf, runsOf, tagOf, textOf, type XNode } from './ooxml';

/** A rule paragraph right after `p` in the same cell: its drawn length in twips, or undefined. */
function ruleAfter(cellParas: XNode[], index: number, cellWidth: number): number | undefined {
  const next = cellParas[index + 1];
  const pPr = next ? pPrOf(next) : undefined;
  const bottom = child(child(pPr, 'w:pBdr'), 'w:bottom');
  if (!bottom || attr(bottom, 'w:val') === 'none') return undefined;
  const ind = child(pPr, 'w:ind');
  return cellWidth - num(attr(ind, 'w:left') ?? '0') - num(attr(ind, 'w:right') ?? '0');
}

export function checkHeader(body: XNode[], spec: RecordSpec, r: Report): void {
  const tbl = body.find((n) => tagOf(n) === 'w:tbl');
  if (!tbl) {
    r.check(false, 'no header table');
    return;
  }
  const grid = gridOf(tbl);
  const borders = child(child(tbl, 'w:tblPr'), 'w:tblBorders');
  r.check(
    kids(borders ?? {}).every((b) => ['none', 'nil'].includes(attr(b, 'w:val') ?? '')),
    'header table has borders',
  );
  const cells = findAll(kids(tbl), 'w:tc');
  const cellParas = cells.map((c) => kids(c).filter((k) => tagOf(k) === 'w:p'));
  const all = cellParas.flat();
  const margin = 57 * 2;
  const find = (pred: (text: string) => boolean) => {
    for (const [c, paras] of cellParas.entries()) {
      const i = paras.findIndex((p) => pred(textOf(p)));
      if (i >= 0) return { c, i, p: paras[i] as XNode, width: (grid[c % grid.length] ?? 0) - margin, paras };
    }
    return undefined;
  };
  for (const p of all) checkRuns(p, 'header', r);

  const national = find((t) => t === NATIONAL);
  r.check(
    !!national && styled(national.p, { bold: true, sizes: SIZES.nationalTitle }),
    'Quốc hiệu missing or not bold 12–13 pt',
  );
  const motto = find((t) => t === MOTTO);
  r.check(
    !!motto && styled(motto.p, { bold: true, sizes: SIZES.motto }),
    'Tiêu ngữ missing or not bold 13–14 pt',
  );
  if (motto) {
    const len = ruleAfter(motto.paras, motto.i, motto.width);
    const text = textWidthTwips(MOTTO, (runsOf(motto.p)[0]?.halfPoints ?? 26) / 2, true);
    r.check(
      len !== undefined && Math.abs(len - text) / text < 0.1,
      `rule under Tiêu ngữ (${len}) is not the text's length (${text})`,
    );
  }
  const issuer = find((t) => t === spec.issuer);
  r.check(
    !!issuer && styled(issuer.p, { bold: true, sizes: SIZES.agency }),
    `issuer "${spec.issuer}" missing or not bold 12–13 pt`,
  );
  if (issuer) {
    const len = ruleAfter(issuer.paras, issuer.i, issuer.width);
    const text = Math.max(
      ...spec.issuer
        .split('\n')
        .map((l) => textWidthTwips(l, (runsOf(issuer.p)[0]?.halfPoints ?? 24) / 2, true)),
    );
    const ratio = len === undefined ? 0 : len / text;
    r.check(
      ratio >= 1 / 3 && ratio <= 1 / 2,
      `rule under the issuer is ${ratio.toFixed(2)} of its length (decree: 1/3–1/2)`,
    );
  }
  if (spec.parent) {
    const parent = find((t) => t === spec.parent);
    r.check(
      !!parent && styled(parent.p, { bold: false, sizes: SIZES.agency }),
      `parent "${spec.parent}" missing or not upright 12–13 pt`,
    );
  }

  const number = find((t) => t.startsWith('Số:'));
  if (spec.number === 'absent') r.check(!number, 'unexpected "Số:" line');
  else {
    const re = spec.number === 'draft' ? DRAFT_NUMBER : NUMBER;
    const text = number ? textOf(number.p) : '';
    const m = NUMBER.exec(text);
    r.check(!!number && re.test(text), `"Số:" line "${text}" does not match ${spec.number} NN/XX-YYY`);
    r.check(
      !number || styled(number.p, { bold: false, italic: false, sizes: SIZES.number }),
      '"Số:" line is not upright 13 pt',
    );
    if (spec.typeCode && spec.number === 'required')
      r.check(m?.[1] === spec.typeCode, `type code ${m?.[1]} ≠ ${spec.typeCode}`);
  }

  const date = find((t) => ANY_DATE.test(t));
  if (spec.dateLine === 'absent')
    r.check(!date, `unexpected place/date line in the header: "${date ? textOf(date.p) : ''}"`);
  else {
    const text = date ? textOf(date.p) : '';
    r.check(
      (spec.dateLine === 'draft' ? DRAFT_DATE_LINE : DATE_LINE).test(text),
      `date line "${text}" is malformed`,
    );
    r.check(
      !!date && styled(date.p, { italic: true, sizes: SIZES.dateLine }),
      'date line is not italic 13–14 pt',
    );
  }
}
