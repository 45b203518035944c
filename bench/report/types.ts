import type { ApiBenchResult } from '../api/section';
import type { BallotBenchResult } from '../ballot';
import type { DocumentsBenchResult } from '../documents';
import type { FaultBenchResult } from '../faults/section';
import type { Commit, Machine } from '../lib/machine';
import type { ProfileSummary } from '../lib/profile';
import type { WebBenchResult } from '../web/section';
import type { WorkflowBenchResult } from '../workflow/section';

export interface BenchResults {
  machine: Machine;
  commit: Commit;
  command: string;
  startedAt: Date;
  durationMs: number;
  settings: { unitsPerBloc: number; inflight: number; apiDurationS: number; deadlineStepMs: number };
  documents?: DocumentsBenchResult;
  /** Taken only when the dossier misses its target. */
  documentsProfile?: ProfileSummary;
  api?: ApiBenchResult;
  /** Sections 3–5 on the Temporal dev server (SQLite), as `npm start` runs it. */
  workflow?: WorkflowBenchResult;
  faults?: FaultBenchResult;
  ballot?: BallotBenchResult;
  /** Sections 3–5 on Temporal server with PostgreSQL and two worker processes, as production runs it. */
  workflowServer?: WorkflowBenchResult;
  faultsServer?: FaultBenchResult;
  web?: WebBenchResult;
  /** Sections or figures that were not measured, and why. */
  notMeasured: string[];
}

/** Where sections 3–5 ran. */
export const TOPOLOGIES = {
  dev: {
    short: 'dev server',
    long: 'the Temporal dev server with its SQLite file, as `npm start` runs it, and one worker process',
  },
  server: {
    short: 'Temporal server + PostgreSQL',
    long: "Temporal server v1.29.1 on the same PostgreSQL with production's dynamic configuration (`THIDUA_TEMPORAL=server`), and two worker processes",
  },
} as const;
export type Topology = keyof typeof TOPOLOGIES;

/** The workflow and fault results of one topology. */
export function ofTopology(r: BenchResults, t: Topology) {
  return t === 'dev'
    ? { workflow: r.workflow, faults: r.faults }
    : { workflow: r.workflowServer, faults: r.faultsServer };
}
