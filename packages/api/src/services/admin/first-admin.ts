import {
  type Db,
  findUserByUsername,
  hashPassword,
  grantRole as insertGrant,
  createUser as insertUser,
  notify,
} from '@thidua/db';
import { DomainError, roleLabels } from '@thidua/domain';
import { audit } from '../../audit/record';
import { temporaryPassword } from '../../auth/temporary-password';

/**
 * An admin account made by the operator's command (`--role migrate --create-admin NAME`): the way
 * an installation gets its first admin. The one-time password is returned once and must be
 * changed at first sign-in. An existing username is refused (this never resets a password), and
 * the admins already there are told.
 */
export async function createAdminAccount(
  db: Db,
  input: { username: string },
): Promise<{ username: string; temporaryPassword: string }> {
  if (await findUserByUsername(db, input.username)) {
    throw new DomainError(
      'DUPLICATE_ENTRY',
      `Tài khoản ${input.username} đã tồn tại: lệnh chỉ tạo tài khoản mới, không đặt lại mật khẩu.`,
    );
  }
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      username: input.username,
      displayName: roleLabels.admin,
      passwordHash,
      mustChangePassword: true,
    });
    const grant = { role: 'admin' as const, scope: { kind: 'global' as const } };
    const grantId = await insertGrant(tx, user.id, grant);
    await audit(
      tx,
      { userId: null },
      {
        action: 'user.create',
        entity: 'user',
        entityId: user.id,
        after: { username: user.username, grants: [grant], by: 'create-admin command' },
      },
    );
    await notify(tx, {
      recipient: { role: 'admin', scopeKind: 'global', scopeId: null },
      kind: 'role.privilegedGranted',
      payload: {
        summary: `Lệnh quản trị máy chủ đã tạo tài khoản quản trị ${user.username}.`,
        role: 'admin',
      },
      dedupeKey: `role-grant:${grantId}`,
    });
    return { username: user.username, temporaryPassword: password };
  });
}
