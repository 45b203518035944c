import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { WorkflowHandle } from '@temporalio/client';
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils';

/** Committed histories of real runs, replayed against the current code by replay.int.test.ts. */
const historiesDir = new URL('../fixtures/histories/', import.meta.url);

/** With RECORD_HISTORIES=1 a test saves its workflow's history (then commit the file). */
export async function saveHistory(handle: WorkflowHandle, name: string): Promise<void> {
  if (!process.env.RECORD_HISTORIES) return;
  mkdirSync(historiesDir, { recursive: true });
  const json = JSON.stringify(JSON.parse(historyToJSON(await handle.fetchHistory())), null, 2);
  writeFileSync(new URL(`${name}.json`, historiesDir), `${json}\n`);
}

export function loadHistories() {
  return readdirSync(historiesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      workflowId: file.replace(/\.json$/, ''),
      history: historyFromJSON(JSON.parse(readFileSync(new URL(file, historiesDir), 'utf8'))),
    }));
}
