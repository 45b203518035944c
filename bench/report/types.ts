import type { ApiBenchResult } from '../api/section';
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
  workflow?: WorkflowBenchResult;
  faults?: FaultBenchResult;
  web?: WebBenchResult;
  /** Sections or figures that were not measured, and why. */
  notMeasured: string[];
}
