import type { DbOrTx } from '@thidua/db';
import { loginAttempts } from '@thidua/db/schema';
import { and, count, eq, gt, max, sql } from 'drizzle-orm';
import type { AuthPolicy } from './policy';

async function failuresSince(db: DbOrTx, where: ReturnType<typeof eq>, since: Date) {
  const [row] = await db
    .select({ n: count(), last: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(where, eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return { n: row?.n ?? 0, last: row?.last ?? null };
}

/**
 * When the username or the address is locked, until when. A username's count restarts after a
 * successful sign-in; an address's does not, so one good account cannot shield a password spray.
 */
export async function lockedUntil(
  db: DbOrTx,
  input: { username: string; ip: string | null; now: Date; policy: AuthPolicy },
): Promise<Date | undefined> {
  const { policy, now } = input;
  const windowStart = new Date(now.getTime() - policy.failureWindowMs);
  const [success] = await db
    .select({ last: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, input.username), eq(loginAttempts.succeeded, true)));
  const lastSuccess = success?.last ?? null;
  const userSince = lastSuccess && lastSuccess > windowStart ? lastSuccess : windowStart;
  const checks = [
    {
      ...(await failuresSince(db, eq(loginAttempts.username, input.username), userSince)),
      max: policy.maxFailuresPerUsername,
    },
  ];
  if (input.ip) {
    const byIp = await failuresSince(
      db,
      sql`${loginAttempts.ip} = ${input.ip}::inet` as ReturnType<typeof eq>,
      windowStart,
    );
    checks.push({ ...byIp, max: policy.maxFailuresPerIp });
  }
  let until: Date | undefined;
  for (const check of checks) {
    if (check.n < check.max || !check.last) continue;
    const end = new Date(check.last.getTime() + policy.lockoutMs);
    if (end > now && (!until || end > until)) until = end;
  }
  return until;
}
