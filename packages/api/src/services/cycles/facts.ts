import { cycleAccessRows, type DbOrTx } from '@thidua/db';
import type { CycleFacts } from '../../authz/allowed-actions';

/** What the access checks need of each year: phase, bloc, province and member units. */
export async function cycleFacts(db: DbOrTx, cycleIds: readonly string[]): Promise<Map<string, CycleFacts>> {
  const facts = new Map<string, CycleFacts>();
  if (cycleIds.length === 0) return facts;
  // The year's membership (the workflow's input), whether or not the year's workflow runs yet.
  for (const r of await cycleAccessRows(db, [[...new Set(cycleIds)]])) {
    facts.set(r.id, {
      cycleId: r.id,
      year: r.year,
      phase: r.phase,
      started: r.started,
      blocId: r.bloc_id,
      provinceId: r.province_id,
      memberUnitIds: r.member_unit_ids,
    });
  }
  return facts;
}
