// ND 30/2020 Phụ lục I primitives shared by every record.

export {
  addresseeLines,
  bodyParagraph,
  centredHeading,
  documentTitle,
  legalBasisLines,
  sectionParagraphs,
} from './body';
export { closingColumns, closingRow } from './closing';
export { BODY, CONTENT_WIDTH, FONT, type Orientation, PAGE, SIZE } from './constants';
export { packRecord, type RecordDocument } from './document';
export { headerColumns, headerTable, MOTTO, NATIONAL_TITLE } from './header';
export { textWidthTwips } from './metrics';
export { nd30Section } from './page';
export { recipientsBlock } from './recipients';
export { longestLine, rule, SHORT_RULE_RATIO } from './rule';
export { blockGrid, blockRow, signatureBlock, signatureGrid } from './signature';
export { type CellValue, type Column, dataTable, widthsByWeight } from './table';
export { blank, line, mixed, runs } from './text';
