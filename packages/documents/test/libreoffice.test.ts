// Every record type must open in LibreOffice (the secretariat edits in Word or LibreOffice before signing).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertToPdf, findSoffice } from '../src/cli/libreoffice';
import { demoDossier } from './demo-dossier';

const soffice = await findSoffice();
if (!soffice)
  console.warn('SKIPPED: LibreOffice (soffice) is not installed; the PDF conversion test did not run.');

describe.skipIf(!soffice)('LibreOffice headless conversion', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('converts every record of the dossier to a PDF in one soffice call', async () => {
    dir = await mkdtemp(join(tmpdir(), 'thidua-docs-'));
    const { files } = await demoDossier();
    const paths = await Promise.all(
      files.map(async (f) => {
        const path = join(dir, f.name);
        await writeFile(path, f.bytes);
        return path;
      }),
    );
    await convertToPdf(soffice ?? 'soffice', paths, dir);
    for (const f of files) {
      const pdf = await readFile(join(dir, f.name.replace(/\.docx$/, '.pdf')));
      expect(pdf.subarray(0, 5).toString('latin1'), f.name).toBe('%PDF-');
      expect(pdf.length, f.name).toBeGreaterThan(5000);
    }
  });
});
