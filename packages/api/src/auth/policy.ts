/** Session and sign-in limits, in one place so the tests and the docs quote the same numbers. */
export interface AuthPolicy {
  /** A session ends this long after its last use. */
  idleTimeoutMs: number;
  /** …and at the latest this long after sign-in, however active. */
  absoluteTimeoutMs: number;
  /** last_seen_at is written at most this often (one write per request would be wasteful). */
  touchIntervalMs: number;
  /** Failures per username within the window that lock the username. */
  maxFailuresPerUsername: number;
  /** Failures per client address within the window that lock the address (spraying many names). */
  maxFailuresPerIp: number;
  failureWindowMs: number;
  /** How long a lock lasts after the last failure. */
  lockoutMs: number;
}

const MINUTE = 60_000;

export const defaultAuthPolicy: AuthPolicy = {
  idleTimeoutMs: 30 * MINUTE,
  absoluteTimeoutMs: 12 * 60 * MINUTE,
  touchIntervalMs: MINUTE,
  maxFailuresPerUsername: 5,
  maxFailuresPerIp: 20,
  failureWindowMs: 15 * MINUTE,
  lockoutMs: 15 * MINUTE,
};
