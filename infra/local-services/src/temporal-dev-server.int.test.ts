import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type {} from '@thidua/vitest-setup/context';
import { expect, inject, test } from 'vitest';
import { getFreePort } from './ports';
import { startTemporalDevServer } from './temporal-dev-server';

/** Bytes 18 and 19 of a SQLite file's header: 1 for a rollback journal, 2 for a write-ahead log. */
function journalFormat(file: string): number[] {
  return [...readFileSync(file).subarray(18, 20)];
}

test('the dev server keeps its SQLite file with a write-ahead log', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'thidua-dev-server-'));
  const dbFile = path.join(dir, 'temporal.db');
  const server = await startTemporalDevServer({
    cliPath: inject('temporalCliPath'),
    port: await getFreePort(),
    dbFile,
    namespaces: ['wal-check'],
    searchAttributes: [],
  });
  try {
    expect(journalFormat(dbFile)).toEqual([2, 2]);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
