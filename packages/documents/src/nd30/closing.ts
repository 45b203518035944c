import type { Paragraph, Table } from 'docx';
import type { Recipients, Signer } from '../types';
import { CONTENT_WIDTH, type Orientation } from './constants';
import { recipientsBlock } from './recipients';
import { blockRow, signatureBlock } from './signature';

/** Left/right widths of the closing row: Nơi nhận (or a second signer) | signature. */
export function closingColumns(orientation: Orientation): readonly [number, number] {
  const total = CONTENT_WIDTH[orientation];
  const left = Math.round(total * 0.45);
  return [left, total - left];
}

export interface ClosingOptions {
  readonly signer: Signer;
  readonly signerNote?: string;
  readonly recipients?: Recipients;
  /** Replaces Nơi nhận on the left, e.g. THƯ KÝ in Biên bản or the superior's confirmation in Mẫu 02. */
  readonly left?: Paragraph[];
  readonly orientation?: Orientation;
}

/** The row under the body: Nơi nhận level with the signer's authority line, as Phụ lục I places them. */
export function closingRow(options: ClosingOptions): Table {
  const widths = closingColumns(options.orientation ?? 'portrait');
  const left = options.left ?? (options.recipients ? recipientsBlock(options.recipients) : []);
  return blockRow(widths, [left, signatureBlock(options.signer, options.signerNote)]);
}
