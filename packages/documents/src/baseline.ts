import { Document, Packer, Paragraph } from 'docx';

/**
 * The floor for the benchmark: a one-paragraph .docx through the same library and Packer, with none of
 * our layout or determinism work. Records/s of this is the best any builder here could do.
 */
export async function buildMinimalDocx(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph('Thi đua')] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
