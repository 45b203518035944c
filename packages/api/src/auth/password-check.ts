import { type Db, markLoginAttemptSucceeded, reserveLoginAttempt } from '@thidua/db';
import type { LoginAttemptKind } from '@thidua/db/schema';
import { DomainError } from '@thidua/domain';
import { throttledUntil, throttleWindows } from './login-throttle';
import type { AuthPolicy } from './policy';

function lockedOut(retryAt: Date, now: Date): DomainError {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  const wait = seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
  return new DomainError('LOGIN_LOCKED', `Nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau ${wait}.`, {
    retryAfterSeconds: seconds,
  });
}

/**
 * A password check that counts: the attempt is taken under the throttle (refused with
 * LOGIN_LOCKED and the wait when over a limit) and recorded before `verify` runs, then marked a
 * success when it passes. Sign-in and the password change both go through here.
 */
export async function throttledPasswordCheck(
  deps: { db: Db; now: Date; policy: AuthPolicy },
  input: { username: string; ip: string | null; kind: LoginAttemptKind },
  verify: () => Promise<boolean>,
): Promise<boolean> {
  const { db, now, policy } = deps;
  const reserved = await reserveLoginAttempt(
    db,
    { ...input, at: now, windows: throttleWindows(policy, now) },
    (facts) => throttledUntil(facts, policy, now),
  );
  if ('retryAt' in reserved) throw lockedOut(reserved.retryAt, now);
  const ok = await verify();
  if (ok) await markLoginAttemptSucceeded(db, reserved.attemptId);
  return ok;
}
