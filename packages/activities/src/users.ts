import { schema, type Tx } from '@thidua/db';
import { eq } from 'drizzle-orm';

/** The user id if the account exists (foreign keys); the audit row keeps the asserted id either way. */
export async function knownUser(tx: Tx, userId: string | undefined): Promise<string | null> {
  if (!userId) return null;
  const [row] = await tx
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.id, userId));
  return row?.id ?? null;
}
