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
    children,
  };
}
