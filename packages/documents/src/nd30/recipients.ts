import type { Paragraph } from 'docx';
import type { Recipients } from '../types';
import { SIZE } from './constants';
import { line } from './text';

const trimEnd = (s: string): string => s.trim().replace(/[;.]+$/, '');

/** "Nơi nhận:" (12, bold italic) and "- …;" lines (11), the last ending with ".". */
export function recipientsBlock(recipients: Recipients): Paragraph[] {
  return [
    line('Nơi nhận:', { size: SIZE.recipientsLabel, bold: true, italics: true, align: 'left' }),
    ...recipients.map((r, i) =>
      line(`- ${trimEnd(r)}${i === recipients.length - 1 ? '.' : ';'}`, {
        size: SIZE.recipients,
        align: 'left',
      }),
    ),
  ];
}
