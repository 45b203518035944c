import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ProfileSummary, profileFlags, profilesIn, summariseProfile } from './profile';

const script = fileURLToPath(new URL('../documents.ts', import.meta.url));

/** The dossier build under the profiler, in a process of its own (taken when the target is missed). */
export async function profileDocuments(): Promise<ProfileSummary | undefined> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-docprof-'));
  try {
    const child = spawn(
      process.execPath,
      [...profileFlags(dir), '--import', 'tsx', script, '--runs', '20', '--warmup', '3'],
      {
        stdio: 'ignore',
      },
    );
    await new Promise((resolve) => child.once('exit', resolve));
    const file = profilesIn(dir)[0];
    return file ? summariseProfile(file) : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
