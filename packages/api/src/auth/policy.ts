/** How many failures a key of the sign-in throttle takes freely, then how long each next check waits. */
export interface ThrottleRule {
  /** Failures counted back this far. */
  windowMs: number;
  /** Failures allowed before any wait. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; it doubles with each further failure… */
  firstDelayMs: number;
  /** …up to this. Equal to `firstDelayMs`: a plain lock. */
  maxDelayMs: number;
}

/** Session and sign-in limits, in one place so the tests and the docs quote the same numbers. */
export interface AuthPolicy {
  /** A session ends this long after its last use. */
  idleTimeoutMs: number;
  /** …and at the latest this long after sign-in, however active. */
  absoluteTimeoutMs: number;
  /** last_seen_at is written at most this often (one write per request would be wasteful). */
  touchIntervalMs: number;
  /**
   * One username from one address: a lock. Another address is not locked with it, so an attacker
   * cannot lock a user out from elsewhere (an admin can lift it).
   */
  pair: ThrottleRule;
  /** One username from anywhere (an attack spread over many addresses): a growing delay, never a lock. */
  username: ThrottleRule;
  /** One address, any usernames (a password spray): a growing delay. */
  address: ThrottleRule;
  /**
   * An address the username signed in from within this period is known for it: the username and
   * address delays do not apply there (an attacker elsewhere cannot slow the user down), the pair
   * lock still does.
   */
  knownAddressMs: number;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

export const defaultAuthPolicy: AuthPolicy = {
  idleTimeoutMs: 30 * MINUTE,
  absoluteTimeoutMs: 12 * 60 * MINUTE,
  touchIntervalMs: MINUTE,
  pair: { windowMs: 15 * MINUTE, freeFailures: 5, firstDelayMs: 15 * MINUTE, maxDelayMs: 15 * MINUTE },
  username: { windowMs: 60 * MINUTE, freeFailures: 10, firstDelayMs: SECOND, maxDelayMs: MINUTE },
  address: { windowMs: 15 * MINUTE, freeFailures: 20, firstDelayMs: SECOND, maxDelayMs: 30 * SECOND },
  knownAddressMs: 30 * 24 * 60 * MINUTE,
};
