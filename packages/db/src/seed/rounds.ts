import { inArray, sql } from 'drizzle-orm';
import { bulkInsert } from '../bulk';
import type { Tx } from '../client';
import type { importedRoundRows } from '../rows';
import { ballotReceipts, ballots, voteRounds } from '../schema';

const CLOSE_CHUNK = 5_000;

/** Inserts rounds that took place (open), their ballots and receipts, then closes them. */
export async function insertImportedRounds(
  tx: Tx,
  rounds: ReturnType<typeof importedRoundRows>[],
): Promise<void> {
  await bulkInsert(
    tx,
    voteRounds,
    rounds.map((r) => r.round),
  );
  await bulkInsert(
    tx,
    ballots,
    rounds.flatMap((r) => r.ballots),
  );
  await bulkInsert(
    tx,
    ballotReceipts,
    rounds.flatMap((r) => r.receipts),
  );
  const ids = rounds.map((r) => r.round.id);
  for (let i = 0; i < ids.length; i += CLOSE_CHUNK) {
    await tx
      .update(voteRounds)
      .set({ status: 'closed', closedAt: sql`${voteRounds.openedAt}` })
      .where(inArray(voteRounds.id, ids.slice(i, i + CLOSE_CHUNK)));
  }
}
