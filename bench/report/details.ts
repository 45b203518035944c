import { cycleSize } from '@thidua/faults';
import type { ProfileSummary } from '../lib/profile';
import { fmt, percentile } from '../lib/stats';
import type { Processes } from '../workflow/cycles';
import { table } from './summary';
import { type BenchResults, ofTopology, TOPOLOGIES, type Topology } from './types';

/** Frame and file names as code: Markdown would read `__name__` as bold. */
const code = (name: string) => `\`${name}\``;

export function profileTable(p: ProfileSummary, title: string): string {
  return [
    `${title} — ${fmt(p.totalMs / 1000, 1)} s of CPU samples in the window. By package:`,
    '',
    table(
      ['Package', 'Self time', 'Share'],
      p.packages
        .slice(0, 8)
        .map((x) => [code(x.name), `${fmt(x.ms / 1000, 2)} s`, `${fmt(x.share * 100, 1)} %`]),
    ),
    '',
    'Top frames by self time:',
    '',
    table(
      ['Frame', 'Where', 'Self time', 'Share'],
      p.frames
        .slice(0, 10)
        .map((x) => [
          code(x.name),
          x.where ? code(x.where) : '(native)',
          `${fmt(x.ms / 1000, 2)} s`,
          `${fmt(x.share * 100, 1)} %`,
        ]),
    ),
  ].join('\n');
}

export function apiDetails(r: BenchResults): string {
  const a = r.api;
  if (!a) return '';
  const d = a.dataset;
  return [
    '## 2. API under load',
    '',
    `Synthetic dataset: 34 provinces × 20 blocs × 10 units × 3 years (${fmt(d.cycles)} cycles, ${fmt(d.unitRows)} unit-status rows; loaded in ${fmt(d.seedMs / 1000, 1)} s). ` +
      `Signed in through \`auth.signIn\` as a secretariat user of ${d.provinceId} (session cookie + \`x-thidua-csrf\`); its tracker holds ${fmt(a.trackerRows)} rows, the first page of 50 is read (default filters, overdue first). ` +
      `autocannon from the benchmark process, ${r.settings.apiDurationS} s per run after a 2 s warm-up; the API logs at its production level (info: slow requests, warnings and errors; a quick success is a debug line). ` +
      'The baseline `system.info` touches neither the session nor the database.',
    '',
    table(
      ['Procedure', 'Connections', 'Requests/s', 'p50', 'p99', 'Requests', 'Failed'],
      a.runs.map(({ procedure, load: l }) => [
        procedure,
        String(l.connections),
        fmt(l.requestsPerSecond),
        `${fmt(l.p50Ms)} ms`,
        `${fmt(l.p99Ms)} ms`,
        fmt(l.requests),
        fmt(l.failures),
      ]),
    ),
    ...(a.profile
      ? ['', profileTable(a.profile, 'Profile of the API under the tracker load (50 connections)')]
      : []),
  ].join('\n');
}

export function workflowDetails(r: BenchResults, t: Topology): string {
  const w = ofTopology(r, t).workflow;
  if (!w) return '';
  const s = r.settings;
  const perUpdate = (cpu: Record<Processes, number>, updates: number) =>
    (Object.keys(cpu) as Processes[])
      .map((k) => `${k} ${fmt((cpu[k] * 1000) / Math.max(1, updates))}`)
      .join(', ');
  return [
    `## 3. Concurrent cycles, and 4. memory: ${TOPOLOGIES[t].short}`,
    '',
    `Each cycle is one bloc of ${s.unitsPerBloc} units driven through the tRPC API by its own users: start, plan, pact, registration, ` +
      'draft + sign-off + submission, score lock, attendance, four votes (flag, certificates, head, deputy: a round opened and ' +
      'closed by the chair, a ballot from every unit — ballots go to PostgreSQL alone, not through the workflow), results, ' +
      `dossier generation, submission, committee acceptance, decision, close (${cycleSize(s.unitsPerBloc).updates} Updates). Deadlines are seconds apart ` +
      `(${s.deadlineStepMs / 1000} s), so reminders and overdue marks fire while the cycles run. At most ${s.inflight} requests ` +
      'are in flight (N cycles are open at once; the people clicking are bounded). The API, the worker and the records ' +
      `worker run as separate \`--role api\` / \`--role worker\` / \`--role records\` processes${w.profiles.length ? ' (API and worker with the CPU profiler on, 2 ms interval)' : ''}; Temporal is ${TOPOLOGIES[t].long}. ` +
      'The no-op baseline sends the same number of Updates (within a 45 s box: its rate is ' +
      'the figure), a few at a time per workflow, to as many workflows whose Update handler only counts, directly through the ' +
      'Temporal client.',
    '',
    table(
      [
        'Cycles',
        'Completed',
        'Wall',
        'Updates',
        'Updates/s',
        'Update p50 / p99',
        'No-op Updates/s',
        'No-op p50 / p99',
        'Ratio',
      ],
      w.runs.map(({ cycles: c, noop }) => [
        fmt(c.n),
        `${fmt(c.completed)}${c.timedOut ? ' (time box)' : ''}`,
        `${fmt(c.wallMs / 1000, 1)} s`,
        fmt(c.updates),
        fmt(c.updatesPerSecond, 1),
        `${fmt(percentile(c.latencies, 50))} / ${fmt(percentile(c.latencies, 99))} ms`,
        fmt(noop.updatesPerSecond, 1),
        `${fmt(percentile(noop.latencies, 50))} / ${fmt(percentile(noop.latencies, 99))} ms`,
        `${(c.updatesPerSecond / noop.updatesPerSecond).toFixed(2)}×`,
      ]),
    ),
    '',
    'Where the time goes — CPU time by process over each run (from /proc), per Update accepted; a whole cycle ' +
      `is ${cycleSize(s.unitsPerBloc).updates} Updates plus its start, draft saves, dossier and decision documents:`,
    '',
    table(
      ['Cycles', 'CPU ms per Update', 'Total CPU s', 'Wall s', 'Cores busy'],
      w.runs.map(({ cycles: c }) => {
        const total = Object.values(c.cpu).reduce((a, b) => a + b, 0);
        return [
          fmt(c.n),
          perUpdate(c.cpu, c.updates),
          fmt(total, 1),
          fmt(c.wallMs / 1000, 1),
          fmt(total / (c.wallMs / 1000), 2),
        ];
      }),
    ),
    '',
    table(
      ['Process', 'Peak RSS during 3 (sampled every 250 ms)', 'VmHWM (peak since start, incl. start-up)'],
      Object.entries(w.memory).map(([name, m]) => [name, `${fmt(m.peakRssMb)} MiB`, `${fmt(m.hwmMb)} MiB`]),
    ),
    ...w.runs.map(({ cycles: c, memory }) => {
      const peaks = Object.entries(memory).map(([name, m]) => `${name} peak ${fmt(m.peakRssMb)} MiB`);
      return `- ${fmt(c.n)} cycles: ${peaks.join(', ')}${c.errors.length ? `; errors: ${c.errors.join('; ')}` : ''}`;
    }),
    ...w.profiles.flatMap(({ process, thread, summary }) => {
      const which =
        thread === 0
          ? 'main thread'
          : `thread ${thread} (${process === 'worker' ? 'workflow sandbox' : 'helper'})`;
      return [
        '',
        profileTable(
          summary,
          `Profile: ${process}, ${which} (native frames count the time spent inside the call, blocked or not)`,
        ),
      ];
    }),
  ].join('\n');
}

export function faultDetails(r: BenchResults, t: Topology): string {
  const f = ofTopology(r, t).faults;
  if (!f) return '';
  return [
    `## 5. Faults: ${TOPOLOGIES[t].short}`,
    '',
    `Seed ${f.seed} (\`npm run bench -- --only faults --seed ${f.seed}\` repeats the kill moments). Each run seeds its own province, ` +
      'drives its blocs through whole cycles at once through the API, SIGKILLs one component when the first bloc starts a ' +
      `random step (plus 0–400 ms), starts it again (PostgreSQL on the same data folder, Temporal on ${t === 'dev' ? 'the same SQLite file' : 'the same PostgreSQL'}), ` +
      'and retries whatever failed until the cycles close. Then, per cycle, what the driver got accepted is compared with ' +
      'the workflow (state query) and PostgreSQL: submissions (unit status + signed sheet), ballots (receipts, ' +
      "anonymous ballots in the urn, the tally's count and the workflow's voters from it), records (documents the workflow lists, stored with a matching SHA-256, and nothing else stored), " +
      'and once-only steps audited twice. Recovery = SIGKILL → first step accepted after the restart.',
    '',
    table(
      [
        'Run',
        'Killed',
        'During',
        'Recovery',
        'Submissions acc./lost/dup',
        'Ballots acc./lost/dup',
        'Records listed/lost/dup',
        'Steps twice',
        'Notes',
      ],
      f.runs.map((x, i) => [
        String(i + 1),
        x.component,
        x.killedDuring,
        `${fmt(x.recoveryMs / 1000, 1)} s${x.alsoRestarted.length ? ` (also restarted: ${x.alsoRestarted.join(', ')})` : ''}`,
        `${x.submissions.accepted}/${x.submissions.lost}/${x.submissions.duplicated}`,
        `${x.ballots.accepted}/${x.ballots.lost}/${x.ballots.duplicated}`,
        `${x.records.listed}/${x.records.lost}/${x.records.duplicated}`,
        String(x.stepsWrittenTwice),
        [...x.notes, ...x.observations].slice(0, 3).join('; ') || '—',
      ]),
    ),
    ...f.errors.map((e) => `- A ${e.component} run did not finish: ${e.error}`),
  ].join('\n');
}
