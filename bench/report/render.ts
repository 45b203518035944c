import { fmt } from '../lib/stats';
import { apiDetails, faultDetails, profileTable, workflowDetails } from './details';
import { summaryTable } from './summary';
import type { BenchResults } from './types';

export function renderResults(r: BenchResults): string {
  const m = r.machine;
  const d = r.documents;
  return [
    '# Benchmark results',
    '',
    `Written by \`${r.command}\` on ${r.startedAt.toISOString()} in ${fmt(r.durationMs / 60_000, 1)} min. ` +
      'Every ratio compares with a baseline measured in the same run, on the same machine.',
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM; ${m.os}; Node ${m.node}`,
    `- Load average at the start: ${m.load} (the machine may be shared: figures move with it)`,
    `- Commit: \`${r.commit.sha}\`${r.commit.dirty ? ' with uncommitted changes' : ''}`,
    '',
    '## Summary',
    '',
    summaryTable(r),
    '',
    ...(r.notMeasured.length ? ['## Not measured', '', ...r.notMeasured.map((x) => `- ${x}`), ''] : []),
    ...(d
      ? [
          '## 1. Records',
          '',
          `The demo dossier (${d.records} records and the zip) built ${d.runs} times after ${d.warmup} warm-up builds in the ` +
            'benchmark process, one core; the floor is a one-paragraph .docx built with the same library, as many times as ' +
            `there are records. Median wall time ${fmt(d.dossierMedianMs, 1)} ms (${fmt(d.dossierCpuMs, 1)} ms of CPU), ` +
            `${fmt(d.recordsPerSecond)} records/s against ${fmt(d.baselineRecordsPerSecond)} for the floor.`,
          ...(r.documentsProfile
            ? ['', profileTable(r.documentsProfile, 'Profile of the dossier build')]
            : []),
          '',
        ]
      : []),
    apiDetails(r),
    '',
    ...(['dev', 'server'] as const).flatMap((t) => [workflowDetails(r, t), '', faultDetails(r, t), '']),
    ...(r.ballot
      ? [
          '## 6. Encrypted ballot',
          '',
          `A round of ${r.ballot.units} units, ${r.ballot.candidates} candidates, at most ${r.ballot.maxChoices} choices, a counting ` +
            `board of ${r.ballot.members}; one core. Encryption runs the ballot page's library (\`@thidua/ballot-crypto\`) twice: ` +
            "in Node, and bundled for the browser in Chromium (headless, this machine's CPU: a tablet is slower by its own). " +
            'The medians are over ' +
            `${r.ballot.runs} ballots; the count is one run.`,
          '',
        ]
      : []),
  ].join('\n');
}
