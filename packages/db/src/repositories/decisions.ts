import { nfc } from '@thidua/domain';
import type { DbOrTx } from '../client';
import { matching } from '../conditions';
import { decisions } from '../schema';

/** Whether the province already recorded a decision under this number in that year. */
export async function decisionNumberUsed(
  db: DbOrTx,
  key: { provinceId: string; year: number; number: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: decisions.id })
    .from(decisions)
    .where(
      matching(decisions, { provinceId: key.provinceId, year: key.year, number: nfc(key.number.trim()) }),
    )
    .limit(1);
  return row !== undefined;
}
