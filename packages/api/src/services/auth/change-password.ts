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
import { assertAcceptablePassword } from '../../auth/password-policy';
import type { Principal } from '../../auth/principal';

/** The user's own change: the current password is required; other sessions are signed out. */
export async function changePassword(
  db: Db,
  principal: Principal,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await getUser(db, principal.userId);
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash)))
    throw new DomainError('WRONG_PASSWORD');
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
