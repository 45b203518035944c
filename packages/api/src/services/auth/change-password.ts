import {
  type Db,
  deleteUserSessions,
  getUser,
  hashPassword,
  setPasswordHash,
  verifyPassword,
} from '@thidua/db';
import { DomainError } from '@thidua/domain';
import { audit } from '../../audit/record';
import { throttledPasswordCheck } from '../../auth/password-check';
import { assertAcceptablePassword } from '../../auth/password-policy';
import type { AuthPolicy } from '../../auth/policy';
import type { Principal } from '../../auth/principal';

/** The user's own change: the current password is required; other sessions are signed out. */
export async function changePassword(
  deps: { db: Db; now: Date; policy: AuthPolicy },
  principal: Principal,
  input: { currentPassword: string; newPassword: string; ip: string | null },
): Promise<void> {
  const { db } = deps;
  const user = await getUser(db, principal.userId);
  if (!user) throw new DomainError('WRONG_PASSWORD');
  // Throttled like the sign-in: a stolen session must not become a password-guessing oracle.
  const ok = await throttledPasswordCheck(
    deps,
    { username: user.username, ip: input.ip, kind: 'changePassword' },
    () => verifyPassword(input.currentPassword, user.passwordHash),
  );
  if (!ok) throw new DomainError('WRONG_PASSWORD');
  assertAcceptablePassword(input.newPassword, user.username);
  if (input.newPassword === input.currentPassword) {
    throw new DomainError('WEAK_PASSWORD', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await setPasswordHash(tx, { userId: user.id, passwordHash, mustChangePassword: false });
    await deleteUserSessions(tx, user.id, principal.sessionId ?? undefined);
    await audit(
      tx,
      { userId: user.id },
      { action: 'auth.changePassword', entity: 'user', entityId: user.id },
    );
  });
}
