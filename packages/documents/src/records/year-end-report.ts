import * as nd30 from '../nd30/index';
import type { YearEndReportInput } from '../types';
import { requireList, requireMeta, requireText } from '../validate/fields';
import { metaDateLine, numberLine } from './common';

/** Báo cáo tổng kết công tác thi đua of the bloc (Mẫu 1.4, /BC-). */
export async function buildYearEndReport(input: YearEndReportInput): Promise<Uint8Array> {
  const meta = requireMeta(input.meta, 'yearEndReport.meta', 'BC');
  const subject = requireText(input.subject, 'yearEndReport.subject');
  const sections = requireList(input.sections, 'yearEndReport.sections');
  const children = [
    nd30.headerTable({
      issuer: input.issuer,
      numberLine: numberLine(meta.number),
      dateLine: metaDateLine(meta),
    }),
    ...nd30.documentTitle('Báo cáo', subject),
    ...(input.addressee ? nd30.addresseeLines(input.addressee) : []),
    ...nd30.sectionParagraphs(sections),
    nd30.closingRow({ signer: input.signer, recipients: input.recipients }),
  ];
  return nd30.packRecord({
    title: `Báo cáo ${meta.number}`,
    date: meta.date,
    sections: [nd30.nd30Section(children)],
  });
}
