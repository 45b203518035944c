import type { Client } from '@temporalio/client';
import type { Db } from '@thidua/db';
import {
  appRoles,
  type Component,
  components,
  type FaultRunResult,
  runFault,
  type Stack,
  seededRandom,
} from '@thidua/faults';

export interface FaultBenchResult {
  seed: number;
  runs: FaultRunResult[];
  errors: { component: Component; error: string }[];
}

/**
 * R randomised runs: each kills one component (every kind once per four runs, in a shuffled order)
 * at a random step of a few concurrent cycles, restarts it, lets the cycles finish and counts
 * what was lost or written twice.
 */
export async function measureFaults(
  stack: Stack,
  db: Db,
  temporal: Client,
  options: { runs: number; seed: number; blocs: number; log: (line: string) => void },
): Promise<FaultBenchResult> {
  const random = seededRandom(options.seed);
  const order: Component[] = [];
  while (order.length < options.runs) {
    const round = [...components];
    for (let i = round.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [round[i], round[j]] = [round[j]!, round[i]!];
    }
    order.push(...round);
  }
  if (!stack.api.running) await stack.api.start();
  for (const worker of stack.workers) if (!worker.running) await worker.start();
  const runs: FaultRunResult[] = [];
  const errors: FaultBenchResult['errors'] = [];
  for (const [r, component] of order.slice(0, options.runs).entries()) {
    try {
      const result = await runFault({
        stack,
        db,
        temporal,
        component,
        prefix: `f${r}`,
        random,
        blocs: options.blocs,
        log: (line) => options.log(`    ${line}`),
      });
      const lost = result.submissions.lost + result.ballots.lost + result.records.lost;
      const duplicated =
        result.submissions.duplicated + result.ballots.duplicated + result.records.duplicated;
      options.log(
        `  run ${r + 1}: ${component} killed during ${result.killedDuring}; recovered in ${(result.recoveryMs / 1000).toFixed(1)} s; lost ${lost}, duplicated ${duplicated}`,
      );
      runs.push(result);
    } catch (error) {
      options.log(`  run ${r + 1}: ${component}: ${(error as Error).message}`);
      errors.push({ component, error: (error as Error).message });
      // A run that could not finish leaves the stack as it is: bring every part back for the next.
      for (const role of appRoles) if (!stack[role].running) await stack[role].start();
    }
  }
  return { seed: options.seed, runs, errors };
}
