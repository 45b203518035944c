// Time to build a whole dossier (the builders' sample: every record + the zip) on one core, against a
// one-paragraph .docx floor.
// Run: npm run pnpm -- exec tsx bench/documents.ts [--runs N] [--warmup N]
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildMinimalDocx } from '../packages/documents/src/baseline';
import { buildDemoDossier } from '../packages/documents/test/sample';

export interface DocumentsBenchResult {
  readonly runs: number;
  readonly warmup: number;
  /** Records in the dossier (the zip is built too, but not counted as a record). */
  readonly records: number;
  readonly dossierMedianMs: number;
  /** CPU time per dossier: robust when other processes share the machine (wall time is not). */
  readonly dossierCpuMs: number;
  readonly recordsPerSecond: number;
  readonly baselineMedianMs: number;
  readonly baselineRecordsPerSecond: number;
  /** How many times longer a dossier record takes than the floor. */
  readonly ratio: number;
  readonly targetMs: number;
  readonly withinTarget: boolean;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** Median wall time and median CPU time (user + system) per run, in ms. */
async function time(
  fn: () => Promise<unknown>,
  runs: number,
  warmup: number,
): Promise<{ wall: number; cpu: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const start = performance.now();
    await fn();
    wall.push(performance.now() - start);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** Measures sequentially in this process (one core); callable from a root `npm run bench`. */
export async function measureDocuments(
  options: { runs?: number; warmup?: number } = {},
): Promise<DocumentsBenchResult> {
  const runs = options.runs ?? 15;
  const warmup = options.warmup ?? 5;
  const records = (await buildDemoDossier()).files.length;
  const dossier = await time(buildDemoDossier, runs, warmup);
  // The floor gets as many builds per sample as the dossier has records, so both medians cover equal work.
  const floor = await time(
    async () => {
      for (let i = 0; i < records; i++) await buildMinimalDocx();
    },
    runs,
    warmup,
  );
  const dossierMedianMs = dossier.wall;
  const baselineMedianMs = floor.wall / records;
  const recordsPerSecond = (records * 1000) / dossierMedianMs;
  const baselineRecordsPerSecond = 1000 / baselineMedianMs;
  const targetMs = 300;
  return {
    runs,
    warmup,
    records,
    dossierMedianMs,
    dossierCpuMs: dossier.cpu,
    recordsPerSecond,
    baselineMedianMs,
    baselineRecordsPerSecond,
    ratio: baselineRecordsPerSecond / recordsPerSecond,
    targetMs,
    withinTarget: dossierMedianMs < targetMs,
  };
}

export function formatDocumentsBench(r: DocumentsBenchResult): string {
  const f = (n: number, d = 1) => n.toFixed(d);
  return [
    `documents: demo dossier (${r.records} records + zip), median of ${r.runs} runs after ${r.warmup} warm-up, one core (${cpus()[0]?.model ?? 'cpu'})`,
    `  dossier   ${f(r.dossierMedianMs)} ms wall, ${f(r.dossierCpuMs)} ms CPU → ${f(r.recordsPerSecond)} records/s  (target < ${r.targetMs} ms: ${r.withinTarget ? 'met' : 'MISSED'})`,
    `  baseline  ${f(r.baselineMedianMs, 2)} ms per one-paragraph .docx → ${f(r.baselineRecordsPerSecond)} records/s`,
    `  ratio     ${f(r.ratio, 2)}× the floor's time per record`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, warmup: { type: 'string' } } });
  const result = await measureDocuments({
    runs: values.runs ? Number(values.runs) : undefined,
    warmup: values.warmup ? Number(values.warmup) : undefined,
  });
  console.log(formatDocumentsBench(result));
}
