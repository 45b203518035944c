import { nfc } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
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
      and(
        eq(decisions.provinceId, key.provinceId),
        eq(decisions.year, key.year),
        eq(decisions.number, nfc(key.number.trim())),
      ),
    )
    .limit(1);
  return row !== undefined;
}
