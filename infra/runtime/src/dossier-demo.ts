// npm run dossier:demo -- --out DIR [--png]: the demo bloc's 2022 dossier as the app issues it. A
// throwaway PostgreSQL and Temporal dev server are started, the demo data seeded and its 2022 year
// entered through the workflow (as at the first start of `npm start`); the year's current records
// are then written as .docx, with the zip the app's dossier.zip route downloads. With --png, the
// first page of each record is rendered by LibreOffice.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { documentFile, dossierZip, importDemoYear2022 } from '@thidua/api';
import { createLogger } from '@thidua/config';
import { createDb, listCycleDocuments, migrateDatabase, seedDemoData } from '@thidua/db';
import { convertToPdf, findPdftoppm, findSoffice, firstPagePng } from '@thidua/documents/libreoffice';
import { demoDataset } from '@thidua/domain';
import {
  getFreePort,
  locateTemporalCli,
  type RunningPostgres,
  type RunningTemporal,
  startEmbeddedPostgres,
  startTemporalDevServer,
} from '@thidua/local-services';
import { runWorker } from '@thidua/worker';
import { searchAttributeDefinitions } from '@thidua/workflows/search-attributes';
import { repoRoot } from './paths';

const NAMESPACE = 'thidua';
const TASK_QUEUE = 'thidua-dossier-demo';

/** The demo year's current records (.docx) and the app's zip of them, written into `outDir`. */
async function writeDemoDossier(outDir: string): Promise<{ records: string[]; zip: string }> {
  const logger = createLogger({ level: 'warn', format: 'pretty' });
  const work = mkdtempSync(join(os.tmpdir(), 'thidua-dossier-demo-'));
  chmodSync(work, 0o755); // the server runs as the `postgres` user when run as root
  let postgres: RunningPostgres | undefined;
  let temporal: RunningTemporal | undefined;
  try {
    [postgres, temporal] = await Promise.all([
      getFreePort().then((port) =>
        startEmbeddedPostgres({ dataDir: join(work, 'pg'), port, persistent: false }),
      ),
      Promise.all([locateTemporalCli({ rootDir: repoRoot, allowBuild: true }), getFreePort()]).then(
        ([cliPath, port]) =>
          startTemporalDevServer({
            cliPath,
            port,
            namespaces: [NAMESPACE],
            searchAttributes: searchAttributeDefinitions,
          }),
      ),
    ]);
    const databaseUrl = postgres.adminUrl;
    await migrateDatabase(databaseUrl);
    const database = createDb(databaseUrl, { max: 5, applicationName: 'thidua-dossier-demo' });
    const worker = await runWorker(
      {
        databaseUrl,
        temporal: { address: temporal.address, namespace: NAMESPACE },
        taskQueue: TASK_QUEUE,
        log: { level: 'warn' },
      },
      { logger },
    );
    const connection = await Connection.connect({ address: temporal.address });
    try {
      await seedDemoData(database.db);
      await importDemoYear2022({
        version: 'dossier-demo',
        db: database.db,
        temporal: new Client({ connection, namespace: NAMESPACE }),
        taskQueue: TASK_QUEUE,
      });
      const cycleId = demoDataset.cycle2022.cycle.id;
      const records: string[] = [];
      for (const doc of await listCycleDocuments(database.db, cycleId)) {
        const file = await documentFile(database.db, doc.id);
        if (!file?.bytes) throw new Error(`${doc.fileName} has no content`);
        await writeFile(join(outDir, doc.fileName), file.bytes);
        records.push(doc.fileName);
      }
      const zip = await dossierZip(database.db, cycleId);
      await writeFile(join(outDir, zip.fileName), zip.bytes);
      return { records: records.sort(), zip: zip.fileName };
    } finally {
      await worker.stop();
      await connection.close();
      await database.close();
    }
  } finally {
    await temporal?.stop();
    await postgres?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

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
  const { records, zip } = await writeDemoDossier(outDir);
  console.log(`Wrote ${records.length} records and ${zip} to ${outDir}`);

  if (values.png) {
    const [soffice, pdftoppm] = await Promise.all([findSoffice(), findPdftoppm()]);
    if (!soffice || !pdftoppm) {
      console.error(
        `Cannot render PNGs: ${!soffice ? 'soffice (LibreOffice)' : 'pdftoppm (poppler-utils)'} not found on PATH.`,
      );
      return 1;
    }
    await convertToPdf(
      soffice,
      records.map((name) => join(outDir, name)),
      outDir,
    );
    for (const name of records) {
      const stem = name.replace(/\.docx$/, '');
      await firstPagePng(pdftoppm, join(outDir, `${stem}.pdf`), join(outDir, stem));
    }
    console.log(`Rendered ${records.length} PDFs and page-1 PNGs`);
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
