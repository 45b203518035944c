import type { Db, Tx } from '../client';
import { matching } from '../conditions';
import { preparedStatement } from '../prepared';
import { processedUpdates } from '../schema';

// Every accepted step claims its key: a named statement.
const claimKey = preparedStatement<{ step: string }>(
  'thidua_claim_update',
  `insert into processed_updates (cycle_id, step, update_id) values ($1, $2, $3)
   on conflict do nothing returning step`,
);

export interface UpdateKey {
  cycleId: string;
  /** The workflow step / activity name, e.g. 'selfAssessment.submit'. */
  step: string;
  /** The Temporal Update id (or another id stable across retries). */
  updateId: string;
}

/**
 * Runs `write` at most once per key: in one transaction it claims the key in processed_updates,
 * runs the write and stores its (JSON) result. A retry of the same activity finds the claim and
 * returns the first result without writing; a concurrent duplicate waits on the key, then replays.
 */
export async function runOnce<T>(
  db: Db,
  key: UpdateKey,
  write: (tx: Tx) => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  const claim = { cycleId: key.cycleId, step: key.step, updateId: key.updateId };
  return db.transaction(async (tx) => {
    const claimed = await claimKey(tx, [claim.cycleId, claim.step, claim.updateId]);
    if (claimed.length === 0) {
      const [done] = await tx
        .select({ result: processedUpdates.result })
        .from(processedUpdates)
        .where(matching(processedUpdates, claim));
      return { result: (done?.result ?? undefined) as T, replayed: true };
    }
    const result = await write(tx);
    // A write without a result leaves the claim as it is (one statement less per step).
    if (result === undefined) return { result, replayed: false };
    await tx
      .update(processedUpdates)
      .set({ result: result as unknown })
      .where(matching(processedUpdates, claim));
    return { result, replayed: false };
  });
}
