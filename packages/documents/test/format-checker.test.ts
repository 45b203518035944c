// The checker must fail documents that break the decree, or passing it proves nothing.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { demoDossier } from './demo-dossier';
import { checkRecord } from './format-checker';
import { specFor } from './specs';

describe('format checker', () => {
  it('rejects a plain docx: Letter margins, wrong font, no header, no page-number rule', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'TỜ TRÌNH', font: 'Arial', size: 20 })] }),
          ],
        },
      ],
    });
    const failures = checkRecord(new Uint8Array(await Packer.toBuffer(doc)), specFor('proposal', 'x'));
    const text = failures.join('\n');
    expect(text).toContain('margin left');
    expect(text).toContain('not in Times New Roman');
    expect(text).toContain('no titlePg');
    expect(text).toContain('no header table');
    expect(text).toContain('Nơi nhận: missing');
  });

  it('flags a place/date line where a Biên bản must have none, and a missing one elsewhere', async () => {
    const files = (await demoDossier()).files;
    const proposal = files.find((f) => f.recordType === 'proposal');
    const minutes = files.find((f) => f.recordType === 'conferenceMinutes');
    if (!proposal || !minutes) throw new Error('demo dossier incomplete');
    expect(checkRecord(proposal.bytes, { ...specFor('proposal', ''), dateLine: 'absent' })).toContainEqual(
      expect.stringContaining('unexpected place/date line'),
    );
    expect(
      checkRecord(minutes.bytes, { ...specFor('conferenceMinutes', ''), dateLine: 'required' }),
    ).toContainEqual(expect.stringContaining('date line "" is malformed'));
  });

  it('flags a wrong type code and a wrong signature', async () => {
    const proposal = (await demoDossier()).files.find((f) => f.recordType === 'proposal');
    if (!proposal) throw new Error('demo dossier incomplete');
    const failures = checkRecord(proposal.bytes, {
      ...specFor('proposal', ''),
      typeCode: 'BC',
      signatures: ['CHỦ TỊCH'],
    });
    expect(failures).toContainEqual(expect.stringContaining('type code TTr ≠ BC'));
    expect(failures).toContainEqual(expect.stringContaining('signature line "CHỦ TỊCH" missing'));
  });
});
