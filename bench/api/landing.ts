import { type Db, listUnitStatuses, upsertUnitStatus } from '@thidua/db';

/**
 * Steps landing on a unit's row while `run` goes on: `perSecond` times a second, the row is projected
 * again (a new sequence number, as a recorded step writes it), which moves its province's board
 * version in the same transaction. Returns what `run` returned and the writes made.
 */
export async function whileStepsLand<T>(
  db: Db,
  on: { cycleId: string; unitId: string },
  perSecond: number,
  run: () => Promise<T>,
): Promise<{ result: T; landed: number }> {
  const row = (await listUnitStatuses(db, on.cycleId)).find((r) => r.unitId === on.unitId);
  if (!row) throw new Error(`no status row for ${on.unitId} in ${on.cycleId}`);
  let seq = row.projectionSeq;
  let landed = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    writing = writing.then(async () => {
      seq += 1;
      const { cycleId, unitId, steps, deadlines, overdue, latePenalty } = row;
      if (await upsertUnitStatus(db, { cycleId, unitId, seq, steps, deadlines, overdue, latePenalty }))
        landed += 1;
    });
  }, 1000 / perSecond);
  try {
    return { result: await run(), landed };
  } finally {
    clearInterval(timer);
    await writing;
  }
}
