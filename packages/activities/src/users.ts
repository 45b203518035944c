import { schema, type Tx } from '@thidua/db';
import { eq } from 'drizzle-orm';

/** Accounts are deactivated, never deleted: once seen, an id stays valid for the foreign keys. */
const seen = new Set<string>();
const SEEN_LIMIT = 50_000;

/** The user id if the account exists (foreign keys); the audit row keeps the asserted id either way. */
export async function knownUser(tx: Tx, userId: string | undefined): Promise<string | null> {
  if (!userId) return null;
  if (seen.has(userId)) return userId;
  const [row] = await tx
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.id, userId));
  if (!row) return null;
  if (seen.size >= SEEN_LIMIT) seen.clear();
  seen.add(row.id);
  return row.id;
}
