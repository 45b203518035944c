// npm run dossier:demo -- --out DIR [--png]: writes the demo bloc's dossier (.docx records + .zip), and with --png
// the first page of each record rendered by LibreOffice.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDemoDossier } from '../demo';
import { convertToPdf, findPdftoppm, findSoffice, firstPagePng } from './libreoffice';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, png: { type: 'boolean', default: false } },
    strict: true,
  });
  if (!values.out) {
    console.error('Usage: npm run dossier:demo -- --out DIR [--png]');
    return 2;
  }
  // pnpm runs scripts from the workspace root; INIT_CWD is where the user typed the command.
  const outDir = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
  await mkdir(outDir, { recursive: true });

  const dossier = await buildDemoDossier();
  for (const f of dossier.files) await writeFile(join(outDir, f.name), f.bytes);
  const zipPath = join(outDir, 'ho-so-de-nghi-khen-thuong.zip');
  await writeFile(zipPath, dossier.zip);
  console.log(`Wrote ${dossier.files.length} records and ${basename(zipPath)} to ${outDir}`);

  if (values.png) {
    const [soffice, pdftoppm] = await Promise.all([findSoffice(), findPdftoppm()]);
    if (!soffice || !pdftoppm) {
      console.error(
        `Cannot render PNGs: ${!soffice ? 'soffice (LibreOffice)' : 'pdftoppm (poppler-utils)'} not found on PATH.`,
      );
      return 1;
    }
    const docx = dossier.files.map((f) => join(outDir, f.name));
    await convertToPdf(soffice, docx, outDir);
    for (const f of dossier.files) {
      const stem = f.name.replace(/\.docx$/, '');
      await firstPagePng(pdftoppm, join(outDir, `${stem}.pdf`), join(outDir, stem));
    }
    console.log(`Rendered ${docx.length} PDFs and page-1 PNGs`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exit(1);
  },
);
