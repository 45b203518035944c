// Rendering through LibreOffice headless: used by the demo CLI and the conversion test, never by builders.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function which(binary: string): Promise<string | null> {
  try {
    const { stdout } = await run('sh', ['-c', `command -v ${binary}`]);
    return stdout.trim() || null;
  } catch {
    return null;
  }
}

export const findSoffice = async (): Promise<string | null> =>
  (await which('soffice')) ?? (await which('libreoffice'));
export const findPdftoppm = (): Promise<string | null> => which('pdftoppm');
export const findPdftotext = (): Promise<string | null> => which('pdftotext');

/**
 * Converts .docx files to PDF in one soffice call (much faster than one per file), with a throw-away
 * profile so parallel runs do not fight over ~/.config/libreoffice.
 */
export async function convertToPdf(soffice: string, files: readonly string[], outDir: string): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), 'thidua-lo-'));
  try {
    await run(
      soffice,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 120_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** Page 1 of a PDF as PNG at 80 dpi: `<prefix>.png`. */
export async function firstPagePng(pdftoppm: string, pdf: string, prefix: string): Promise<void> {
  await run(pdftoppm, ['-png', '-f', '1', '-l', '1', '-r', '80', '-singlefile', pdf, prefix], {
    timeout: 60_000,
  });
}

/** The text of each page of a PDF, as pdftotext reads it. */
export async function pdfPageTexts(pdftotext: string, pdf: string): Promise<string[]> {
  const { stdout } = await run(pdftotext, ['-enc', 'UTF-8', pdf, '-'], { timeout: 60_000 });
  return stdout.split('\f').slice(0, -1);
}
