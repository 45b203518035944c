import { existsSync, readFileSync } from 'node:fs';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a live process, where /proc tells it (Linux); undefined elsewhere. */
export function commandLine(pid: number): string | undefined {
  const file = `/proc/${pid}/cmdline`;
  if (!existsSync(file)) return undefined;
  try {
    return readFileSync(file, 'utf8').split('\0').join(' ');
  } catch {
    return undefined;
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/** The first line of a PID file, when it names a live process. */
export function livePidFrom(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  return pid > 0 && isAlive(pid) ? pid : undefined;
}
