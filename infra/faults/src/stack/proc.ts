import { readdirSync, readFileSync } from 'node:fs';

/** Fields of /proc/<pid>/status in kB, e.g. VmHWM (peak resident set) and VmRSS; undefined once gone. */
export function procStatus(pid: number): { vmHwmKb: number; vmRssKb: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(text.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);
    return { vmHwmKb: kb('VmHWM'), vmRssKb: kb('VmRSS') };
  } catch {
    return undefined;
  }
}

/** Direct children of `pid` (PostgreSQL backends of a postmaster, say). */
export function childPids(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so split after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once every pid has exited; SIGKILLs the stragglers after `graceMs`. */
export async function waitGone(pids: readonly number[], graceMs = 15_000): Promise<void> {
  const deadline = Date.now() + graceMs;
  while (pids.some(alive)) {
    if (Date.now() > deadline) {
      for (const pid of pids.filter(alive)) process.kill(pid, 'SIGKILL');
      await sleep(200);
      return;
    }
    await sleep(50);
  }
}
