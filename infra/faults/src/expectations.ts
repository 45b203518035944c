import { expect } from 'vitest';
import type { FaultRunResult } from './scenario';

/** Prints what a fault run saw (its recovery, what else had to be started again, what was retried). */
export function reported(result: FaultRunResult): FaultRunResult {
  console.log(
    `[faults] ${result.component} killed during ${result.killedDuring}: recovered in ${result.recoveryMs} ms, ` +
      `run ${result.durationMs} ms${result.alsoRestarted.length ? `, also restarted ${result.alsoRestarted}` : ''}`,
  );
  for (const line of result.observations) console.log(`[faults] observed: ${line}`);
  if (result.confirmed.length) console.log(`[faults] confirmed on retry: ${result.confirmed.join(', ')}`);
  return result;
}

/**
 * The cycle finished with every submission, ballot and record stored exactly once, and no other
 * once-only step done twice (a retry goes under its action's key: the workflow answers it once).
 */
export function expectNothingLost(result: FaultRunResult): void {
  expect(result.notes).toEqual([]);
  expect({ submissions: result.submissions, ballots: result.ballots, records: result.records }).toMatchObject(
    {
      submissions: { lost: 0, duplicated: 0 },
      ballots: { lost: 0, duplicated: 0 },
      records: { lost: 0, duplicated: 0 },
    },
  );
  expect(result.records.listed).toBeGreaterThan(0);
  expect(result.observations).toEqual([]);
}
