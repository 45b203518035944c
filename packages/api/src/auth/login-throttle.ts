import type { FailureCount, LoginAttemptFacts, LoginAttemptWindows } from '@thidua/db';
import type { AuthPolicy, ThrottleRule } from './policy';

/** How far back the throttle reads, for each of its keys. */
export function throttleWindows(policy: AuthPolicy, now: Date): LoginAttemptWindows {
  const back = (ms: number) => new Date(now.getTime() - ms);
  return {
    pairSince: back(policy.pair.windowMs),
    usernameSince: back(policy.username.windowMs),
    addressSince: back(policy.address.windowMs),
    knownAddressSince: back(policy.knownAddressMs),
  };
}

/** The earliest instant one key allows the next check. */
function allowedFrom(count: FailureCount, rule: ThrottleRule): number {
  if (count.failures < rule.freeFailures || !count.lastFailureAt) return 0;
  const doublings = Math.min(count.failures - rule.freeFailures, 30);
  const delay = Math.min(rule.firstDelayMs * 2 ** doublings, rule.maxDelayMs);
  return count.lastFailureAt.getTime() + delay;
}

/**
 * When the next password check may happen, or undefined for now. The username + address lock
 * always holds; the username's and the address's growing delays hold except from an address the
 * user is known to sign in from.
 */
export function throttledUntil(facts: LoginAttemptFacts, policy: AuthPolicy, now: Date): Date | undefined {
  const from = [allowedFrom(facts.pair, policy.pair)];
  if (!facts.knownAddress) {
    from.push(allowedFrom(facts.username, policy.username));
    if (facts.address) from.push(allowedFrom(facts.address, policy.address));
  }
  const latest = Math.max(...from);
  return latest > now.getTime() ? new Date(latest) : undefined;
}
