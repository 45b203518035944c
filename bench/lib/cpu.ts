import { readFileSync } from 'node:fs';
import { childPids } from '@thidua/faults';

/** CPU seconds a process has used (user + system), with those of its reaped children (PostgreSQL's backends). */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime are fields 14-17 of stat (11-14 after "state").
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return 0;
  }
}

/** A process and its live children (a postmaster and its current backends). */
export function treeCpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  return cpuSeconds(pid) + childPids(pid).reduce((n, child) => n + cpuSeconds(child), 0);
}
