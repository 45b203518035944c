import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  startTime: number;
  endTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Self time by function, largest first. */
  frames: { name: string; where: string; ms: number; share: number }[];
  /** Self time by package (node_modules/<pkg>, packages/<x>, node internals…), largest first. */
  packages: { name: string; ms: number; share: number }[];
}

/** The package a script belongs to: what "where the time goes" is best read by. */
function packageOf(url: string): string {
  if (!url) return '(native code: syscalls such as writev)';
  if (url.startsWith('node:')) return 'node internals';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const local = url.match(/\/(packages|apps|infra)\/([^/]+)\//);
  return local ? `@thidua/${local[2]}` : url.replace(/^file:\/\//, '');
}

function shortUrl(url: string, line: number): string {
  const file = url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '');
  return file ? `${file.split('/').slice(-2).join('/')}:${line + 1}` : '';
}

/**
 * Self time per frame of a V8 `.cpuprofile` (what `node --cpu-prof` writes). `lastMs` keeps only the
 * samples of the end of the profile: the measured window, without the process's start-up.
 */
export function summariseProfile(
  file: string,
  options: { top?: number; lastMs?: number } = {},
): ProfileSummary {
  const top = options.top ?? 12;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const from =
    options.lastMs === undefined ? Number.NEGATIVE_INFINITY : profile.endTime - options.lastMs * 1000;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (t >= from) self.set(id, (self.get(id) ?? 0) + delta / 1000);
  });
  let totalMs = 0;
  const frames = new Map<string, { name: string; where: string; ms: number }>();
  const packages = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    totalMs += ms;
    const name = functionName || '(anonymous)';
    const where = shortUrl(url, lineNumber);
    const key = `${name}@${where}`;
    const frame = frames.get(key) ?? { name, where, ms: 0 };
    frame.ms += ms;
    frames.set(key, frame);
    const pkg = functionName === '(garbage collector)' ? 'garbage collector' : packageOf(url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
  }
  const share = (ms: number) => (totalMs > 0 ? ms / totalMs : 0);
  return {
    file,
    totalMs,
    frames: [...frames.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .map((f) => ({ ...f, share: share(f.ms) })),
    packages: [...packages.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: share(ms) })),
  };
}

/** The profiles a `--cpu-prof-dir` holds: one per thread of each process that exited (main thread first). */
export function profilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => path.join(dir, f))
      .sort();
  } catch {
    return [];
  }
}

/** Profiling flags: a 2 ms interval keeps the files and the overhead small over minutes. */
export const profileFlags = (dir: string) => [
  '--cpu-prof',
  `--cpu-prof-dir=${dir}`,
  '--cpu-prof-interval=2000',
];
