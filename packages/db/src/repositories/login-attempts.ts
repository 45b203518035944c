import { eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { type LoginAttemptKind, loginAttempts } from '../schema';
import { normalizeUsername } from './users';

/** Failures counted for one key of the throttle, and when the last one was. */
export interface FailureCount {
  failures: number;
  lastFailureAt: Date | null;
}

/** What the sign-in throttle decides on, read while the username and the address are locked. */
export interface LoginAttemptFacts {
  /** This username from this address, since the username's last success. */
  pair: FailureCount;
  /** This username from anywhere, since its last success. */
  username: FailureCount;
  /** Any username from this address (a success does not reset it); null without an address. */
  address: FailureCount | null;
  /** The username signed in successfully from this address within the known-address period. */
  knownAddress: boolean;
}

export interface LoginAttemptWindows {
  pairSince: Date;
  usernameSince: Date;
  addressSince: Date;
  knownAddressSince: Date;
}

// Two-key advisory locks (a space of their own): one class per kind of key.
const USERNAME_LOCK = 1_163_101;
const ADDRESS_LOCK = 1_163_102;

const failureCount = (row: { n: number | string | null; last: Date | string | null }): FailureCount => ({
  failures: Number(row.n ?? 0),
  lastFailureAt: row.last === null ? null : new Date(row.last),
});

/**
 * One password check, taken atomically: under a transaction lock on the username and one on the
 * address, the facts are read, `decide` answers when the next check may happen (undefined: now),
 * and an allowed attempt is written at once as a failure. Concurrent attempts queue on the locks
 * and each sees the ones before it, so a burst or a batch gets exactly as many checks as the limits
 * allow. The caller checks the password outside the transaction and marks the attempt a success.
 */
export async function reserveLoginAttempt(
  db: DbOrTx,
  input: {
    username: string;
    ip: string | null;
    kind: LoginAttemptKind;
    at: Date;
    windows: LoginAttemptWindows;
  },
  decide: (facts: LoginAttemptFacts) => Date | undefined,
): Promise<{ attemptId: number } | { retryAt: Date }> {
  const username = normalizeUsername(input.username);
  const { ip, windows } = input;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${USERNAME_LOCK}, hashtext(${username}))`);
    if (ip) await tx.execute(sql`select pg_advisory_xact_lock(${ADDRESS_LOCK}, hashtext(${ip}))`);
    const since = new Date(
      Math.min(
        windows.pairSince.getTime(),
        windows.usernameSince.getTime(),
        windows.knownAddressSince.getTime(),
      ),
    );
    const byUsername = await tx.execute<{
      pair_n: string;
      pair_last: string | null;
      user_n: string;
      user_last: string | null;
      known: boolean | null;
    }>(sql`
      with last_success as (
        select coalesce(max(id), 0) as id from ${loginAttempts}
        where username = ${username} and succeeded
      )
      select
        count(*) filter (where pair and failed and at > ${windows.pairSince}) as pair_n,
        max(at) filter (where pair and failed and at > ${windows.pairSince}) as pair_last,
        count(*) filter (where failed and at > ${windows.usernameSince}) as user_n,
        max(at) filter (where failed and at > ${windows.usernameSince}) as user_last,
        bool_or(pair and succeeded and kind = 'signIn' and at > ${windows.knownAddressSince}) as known
      from (
        select a.at, a.kind, a.succeeded, a.ip is not distinct from ${ip}::inet as pair,
          (not a.succeeded and a.id > (select id from last_success)) as failed
        from ${loginAttempts} a
        where a.username = ${username} and a.at > ${since}
      ) attempts`);
    const u = byUsername.rows[0];
    let address: FailureCount | null = null;
    if (ip) {
      const byAddress = await tx.execute<{ n: string; last: string | null }>(sql`
        select count(*) as n, max(at) as last from ${loginAttempts}
        where ip = ${ip}::inet and not succeeded and at > ${windows.addressSince}`);
      address = failureCount(byAddress.rows[0] ?? { n: 0, last: null });
    }
    const facts: LoginAttemptFacts = {
      pair: failureCount({ n: u?.pair_n ?? 0, last: u?.pair_last ?? null }),
      username: failureCount({ n: u?.user_n ?? 0, last: u?.user_last ?? null }),
      address,
      knownAddress: u?.known === true,
    };
    const retryAt = decide(facts);
    if (retryAt) return { retryAt };
    const [row] = await tx
      .insert(loginAttempts)
      .values({ username, ip, kind: input.kind, succeeded: false, at: input.at })
      .returning({ id: loginAttempts.id });
    return { attemptId: (row as { id: number }).id };
  });
}

/** The reserved attempt's password was right: it resets the username's counts. */
export async function markLoginAttemptSucceeded(db: DbOrTx, attemptId: number): Promise<void> {
  await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
}

/** An admin lifts the throttle of a username: counted like a success, from no address. */
export async function recordLoginUnlock(db: DbOrTx, input: { username: string; at: Date }): Promise<void> {
  await db.insert(loginAttempts).values({
    username: normalizeUsername(input.username),
    ip: null,
    kind: 'unlock',
    succeeded: true,
    at: input.at,
  });
}

/** Housekeeping: attempts older than every window the throttle reads. */
export async function deleteLoginAttemptsBefore(db: DbOrTx, before: Date): Promise<void> {
  await db.delete(loginAttempts).where(lt(loginAttempts.at, before));
}
