import {
  AlignmentType,
  type FileChild,
  Header,
  type ISectionOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { FONT, type Orientation, PAGE, SIZE } from './constants';
import { isSignatureTable, keptWithNext } from './signature';

/** Page number: Arabic, centred in the top margin, not on page 1 (the first-page header stays empty). */
function pageHeaders(): { default: Header; first: Header } {
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    run: { font: FONT, size: SIZE.pageNumber * 2 },
    children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.pageNumber * 2 })],
  });
  const empty = new Paragraph({ run: { font: FONT, size: SIZE.pageNumber * 2 }, children: [] });
  return { default: new Header({ children: [number] }), first: new Header({ children: [empty] }) };
}

const isEmpty = (p: Paragraph): boolean => !p.options.children?.length && !p.options.text;

/**
 * A signature never opens a page on its own: the blank lines and headings before each signature table
 * and the last paragraph of text before them keep with next, so they move to the next page together.
 */
function keepTextWithSignatures(children: readonly FileChild[]): FileChild[] {
  const out = [...children];
  for (let i = 0; i < out.length; i++) {
    if (!isSignatureTable(out[i])) continue;
    for (let j = i - 1; j >= 0; j--) {
      const p = out[j];
      if (!(p instanceof Paragraph)) break;
      out[j] = keptWithNext(p);
      if (!isEmpty(p) && !p.options.keepNext) break;
    }
  }
  return out;
}

/** One ND 30 section: A4, decree margins, page numbers restarting at 1 (annexes are paginated separately). */
export function nd30Section(
  children: readonly FileChild[],
  orientation: Orientation = 'portrait',
): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: PAGE.margin,
        pageNumbers: { start: 1 },
      },
    },
    headers: pageHeaders(),
    children: keepTextWithSignatures(children),
  };
}
