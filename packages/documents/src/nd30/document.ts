import { Document, type ISectionOptions, Packer } from 'docx';
import type { CalendarDate } from '../format/date';
import { nfc } from '../format/text';
import { coreXml } from '../pack/core-xml';
import { stampZipTimes } from '../pack/zip-times';
import { FONT, SIZE } from './constants';

export interface RecordDocument {
  /** Document title property, e.g. "Tờ trình 05/TTr-KTĐNC". */
  readonly title: string;
  /** Fixes the core-property dates and zip entry times, so the same data gives the same bytes. */
  readonly date: CalendarDate;
  readonly sections: readonly ISectionOptions[];
}

/** Builds and packs a record deterministically. */
export async function packRecord(record: RecordDocument): Promise<Uint8Array> {
  const doc = new Document({
    title: nfc(record.title),
    creator: 'Thi đua',
    styles: {
      default: { document: { run: { font: FONT, size: SIZE.body * 2 } } },
    },
    sections: record.sections,
  });
  const buffer = await Packer.toBuffer(doc, false, [
    { path: 'docProps/core.xml', data: coreXml(record.title, record.date) },
  ]);
  return stampZipTimes(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), record.date);
}
