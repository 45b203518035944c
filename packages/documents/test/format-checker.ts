// ND 30/2020 Phụ lục I checker: opens a generated .docx and lists every deviation it finds in
// word/document.xml and the headers. Decree ranges are written out here, independently of src/nd30.
import { checkHeader } from './checker-header';
import {
  A4,
  checkRuns,
  gridOf,
  inRange,
  MARGIN,
  num,
  pt,
  type RecordSpec,
  Report,
  SIZES,
  styled,
} from './checker-shared';
import { attr, child, type Docx, findAll, kids, openDocx, pPrOf, tagOf, textOf, type XNode } from './ooxml';

export type { RecordSpec } from './checker-shared';

function checkSections(body: XNode[], spec: RecordSpec, docx: Docx, r: Report): void {
  const sects = findAll(body, 'w:sectPr');
  r.check(
    sects.length === (spec.sections ?? 1),
    `expected ${spec.sections ?? 1} section(s), found ${sects.length}`,
  );
  const rels = findAll(docx.xml('word/_rels/document.xml.rels'), 'Relationship');
  const target = (id: string | undefined) => rels.find((x) => attr(x, 'Id') === id);
  for (const [i, s] of sects.entries()) {
    const size = child(s, 'w:pgSz');
    const [w, h] = [num(attr(size, 'w:w')), num(attr(size, 'w:h'))];
    const landscape = spec.orientation === 'landscape';
    r.check(
      landscape
        ? w === A4.long && h === A4.short && attr(size, 'w:orient') === 'landscape'
        : w === A4.short && h === A4.long,
      `section ${i}: page ${w}×${h} is not A4 ${spec.orientation}`,
    );
    const m = child(s, 'w:pgMar');
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const v = num(attr(m, `w:${side}`));
      r.check(
        inRange(v, MARGIN[side]),
        `section ${i}: margin ${side} ${v} twips outside ${MARGIN[side].join('–')}`,
      );
    }
    r.check(
      child(s, 'w:titlePg') !== undefined,
      `section ${i}: no titlePg (page number must be hidden on page 1)`,
    );
    const refs = kids(s).filter((k) => tagOf(k) === 'w:headerReference');
    const ref = (type: string) =>
      target(
        attr(
          refs.find((x) => attr(x, 'w:type') === type),
          'r:id',
        ),
      );
    const def = ref('default');
    const first = ref('first');
    r.check(def !== undefined && first !== undefined, `section ${i}: needs default and first-page headers`);
    if (def && first) {
      const defXml = docx.text(`word/${attr(def, 'Target')}`);
      const firstXml = docx.text(`word/${attr(first, 'Target')}`);
      r.check(
        /PAGE/.test(defXml) && /<w:jc w:val="center"\/>/.test(defXml),
        `section ${i}: default header lacks a centred PAGE field`,
      );
      r.check(
        !/PAGE/.test(firstXml) && !/<w:t[ >]/.test(firstXml),
        `section ${i}: first-page header is not empty`,
      );
      for (const p of findAll(docx.xml(`word/${attr(def, 'Target')}`), 'w:p'))
        checkRuns(p, 'page-number header', r, pt(13, 14));
    }
  }
}

function checkTables(body: XNode[], spec: RecordSpec, r: Report): void {
  const width = spec.orientation === 'landscape' ? A4.long - 1701 - 850 : A4.short - 1701 - 850;
  for (const [t, tbl] of findAll(body, 'w:tbl').entries()) {
    const tblPr = child(tbl, 'w:tblPr');
    r.check(attr(child(tblPr, 'w:tblLayout'), 'w:type') === 'fixed', `table ${t}: layout is not fixed`);
    const grid = gridOf(tbl);
    const sum = grid.reduce((a, b) => a + b, 0);
    r.check(
      grid.length > 0 && sum <= width + 2,
      `table ${t}: grid ${sum} twips exceeds the text width ${width}`,
    );
    for (const row of kids(tbl).filter((k) => tagOf(k) === 'w:tr')) {
      let col = 0;
      for (const tc of kids(row).filter((k) => tagOf(k) === 'w:tc')) {
        const tcPr = child(tc, 'w:tcPr');
        const span = num(attr(child(tcPr, 'w:gridSpan'), 'w:val') ?? '1');
        const w = child(tcPr, 'w:tcW');
        const expected = grid.slice(col, col + span).reduce((a, b) => a + b, 0);
        r.check(
          attr(w, 'w:type') === 'dxa' && num(attr(w, 'w:w')) === expected,
          `table ${t}: cell width ${attr(w, 'w:w')} ≠ grid ${expected}`,
        );
        col += span;
      }
    }
  }
}

function checkBody(body: XNode[], spec: RecordSpec, r: Report): void {
  const topParas = body.filter((n) => tagOf(n) === 'w:p');
  const allParas = findAll(body, 'w:p');
  for (const p of allParas) checkRuns(p, 'body', r);

  const type = topParas.find((p) => textOf(p) === spec.docType);
  r.check(
    !!type && styled(type, { bold: true, sizes: SIZES.docType }),
    `tên loại "${spec.docType}" missing or not bold 13–14 pt`,
  );
  r.check(!!type && attr(child(pPrOf(type), 'w:jc'), 'w:val') === 'center', 'tên loại is not centred');

  for (const p of topParas.filter((x) => attr(child(pPrOf(x), 'w:jc'), 'w:val') === 'both')) {
    const pPr = pPrOf(p);
    const ind = num(attr(child(pPr, 'w:ind'), 'w:firstLine'));
    const spacing = child(pPr, 'w:spacing');
    const gap = Math.max(num(attr(spacing, 'w:after') ?? '0'), num(attr(spacing, 'w:before') ?? '0'));
    const line = num(attr(spacing, 'w:line') ?? '240');
    const t = textOf(p).slice(0, 30);
    r.check(ind === 567 || ind === 720, `body "${t}": first-line indent ${ind} is not 1 or 1.27 cm`);
    r.check(gap >= 120, `body "${t}": paragraph spacing ${gap} < 6 pt`);
    r.check(line >= 240 && line <= 360, `body "${t}": line spacing ${line / 240} outside single–1.5`);
    r.check(styled(p, { sizes: SIZES.body }) || textOf(p) === '', `body "${t}": not 13–14 pt`);
  }
  for (const p of topParas.filter((x) => textOf(x).startsWith('Căn cứ'))) {
    r.check(
      styled(p, { italic: true, sizes: SIZES.body }),
      `căn cứ "${textOf(p).slice(0, 30)}" is not italic`,
    );
    r.check(/[;.]$/.test(textOf(p)), `căn cứ "${textOf(p).slice(0, 30)}" does not end with ";" or "."`);
  }

  for (const s of spec.signatures) {
    const p = allParas.find((x) => textOf(x) === s);
    r.check(
      !!p && styled(p, { bold: true, sizes: pt(13, 14) }),
      `signature line "${s}" missing or not bold 13–14 pt`,
    );
    if (p && s !== s.toLocaleUpperCase('vi')) continue; // a name: bold, any case
    r.check(s === s.toLocaleUpperCase('vi'), `signature title "${s}" is not upper case`);
  }

  const label = allParas.findIndex((x) => textOf(x) === 'Nơi nhận:');
  if (!spec.recipients) r.check(label < 0, 'unexpected Nơi nhận');
  else {
    const p = allParas[label];
    r.check(
      !!p && styled(p, { bold: true, italic: true, sizes: SIZES.recipientsLabel }),
      'Nơi nhận: missing or not bold italic 12 pt',
    );
    const lines: XNode[] = [];
    for (let i = label + 1; i < allParas.length && textOf(allParas[i] as XNode).startsWith('- '); i++)
      lines.push(allParas[i] as XNode);
    r.check(lines.length > 0, 'Nơi nhận has no recipients');
    for (const [i, l] of lines.entries()) {
      r.check(
        styled(l, { bold: false, sizes: SIZES.recipients }),
        `recipient "${textOf(l)}" is not upright 11 pt`,
      );
      r.check(
        textOf(l).endsWith(i === lines.length - 1 ? '.' : ';'),
        `recipient "${textOf(l)}" has the wrong end mark`,
      );
    }
    r.check(
      lines.length > 0 && textOf(lines[lines.length - 1] as XNode).startsWith('- Lưu'),
      'the last recipient is not "Lưu: …"',
    );
  }

  const fullText = allParas.map(textOf).join('\n');
  for (const c of spec.contains ?? []) r.check(fullText.includes(c), `missing text "${c}"`);
}

/** Every deviation from ND 30/2020 Phụ lục I found in the record; empty when it conforms. */
export function checkRecord(bytes: Uint8Array, spec: RecordSpec): string[] {
  const r = new Report();
  const docx = openDocx(bytes);
  const xml = docx.text('word/document.xml');
  r.check(xml === xml.normalize('NFC'), 'document.xml is not NFC');
  const root = docx.xml('word/document.xml');
  const body = kids(findAll(root, 'w:body')[0] ?? {});
  checkSections(body, spec, docx, r);
  checkHeader(body, spec, r);
  checkTables(body, spec, r);
  checkBody(body, spec, r);
  return r.failures;
}
