import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { createDb, type DbHandle } from '@thidua/db';
import { Stack, type StackOptions } from './stack/stack';

/** A stack of a test file, its API and workers started, with a database pool and a Temporal client. */
export interface OpenStack {
  stack: Stack;
  db: DbHandle;
  temporal: Client;
  close(): Promise<void>;
}

/**
 * Starts a stack of its own in a temporary folder (`FAULT_KEEP=1` keeps its logs and data for a look
 * afterwards).
 */
export async function openStack(name: string, options: Omit<StackOptions, 'workDir'>): Promise<OpenStack> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), `thidua-${name}-`));
  const stack = await Stack.create({ workDir, ...options });
  const db = createDb(stack.databaseUrl, { max: 4, applicationName: 'thidua-faults' });
  await stack.startApp();
  const connection = await Connection.connect({ address: stack.temporal.address });
  return {
    stack,
    db,
    temporal: new Client({ connection, namespace: stack.namespace }),
    close: async () => {
      await connection.close();
      await db.close();
      await stack.close();
      if (!process.env.FAULT_KEEP) rmSync(workDir, { recursive: true, force: true });
      else console.log(`[faults] kept ${workDir}`);
    },
  };
}
