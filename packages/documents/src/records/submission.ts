import type { FileChild } from 'docx';
import * as nd30 from '../nd30/index';
import type { Addressee, Issuer, Recipients, Signer } from '../types';
import type { CheckedMeta } from '../validate/fields';
import { endMark, metaDateLine, numberLine } from './common';

interface SubmissionParties {
  readonly issuer: Issuer;
  readonly meta: { readonly version?: number | undefined };
  readonly addressee: Addressee;
  readonly legalBases: readonly string[];
  readonly signer: Signer;
  readonly recipients: Recipients;
}

/**
 * A Tờ trình of the bloc (Mẫu 1.4, /TTr-): its header, title, addressee and legal bases, the body,
 * then "… kính trình … xem xét …./." and the signature block.
 */
export function packSubmission(
  input: SubmissionParties,
  meta: CheckedMeta,
  subject: string,
  body: readonly FileChild[],
  ask: string,
): Promise<Uint8Array> {
  const children = [
    nd30.headerTable({
      issuer: input.issuer,
      numberLine: numberLine(meta.number),
      dateLine: metaDateLine(meta),
      ...(input.meta.version ? { version: input.meta.version } : {}),
    }),
    ...nd30.documentTitle('Tờ trình', subject),
    ...nd30.addresseeLines(input.addressee),
    ...nd30.legalBasisLines(input.legalBases),
    ...body,
    nd30.bodyParagraph(endMark(`${input.issuer.name} kính trình ${input.addressee.to} ${ask}`), {
      keepNext: true,
    }),
    nd30.closingRow({ signer: input.signer, recipients: input.recipients }),
  ];
  return nd30.packRecord({
    title: `Tờ trình ${meta.number}`,
    date: meta.date,
    sections: [nd30.nd30Section(children)],
  });
}
