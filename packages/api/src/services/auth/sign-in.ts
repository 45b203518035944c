import {
  type Db,
  deleteLoginAttemptsBefore,
  findUserByUsername,
  hashPassword,
  normalizeUsername,
  verifyPassword,
} from '@thidua/db';
import { DomainError } from '@thidua/domain';
import { audit } from '../../audit/record';
import { throttledPasswordCheck } from '../../auth/password-check';
import { PASSWORD_MAX_LENGTH } from '../../auth/password-policy';
import type { AuthPolicy } from '../../auth/policy';
import { createSession, purgeExpiredSessions } from '../../auth/session-store';

export interface SignInDeps {
  db: Db;
  now: Date;
  policy: AuthPolicy;
}

export interface SignInInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

// Verified against when the username is unknown, so both answers take the same time.
let decoy: Promise<string> | undefined;
const decoyHash = () => {
  decoy ??= hashPassword(`decoy-${Math.random()}`);
  return decoy;
};

export async function signIn(deps: SignInDeps, input: SignInInput) {
  const { db, now, policy } = deps;
  const username = normalizeUsername(input.username);
  const user = await findUserByUsername(db, username);
  const password = input.password.slice(0, PASSWORD_MAX_LENGTH);
  const ok = await throttledPasswordCheck(
    deps,
    { username, ip: input.ip, kind: 'signIn' },
    async () =>
      (await verifyPassword(password, user?.passwordHash ?? (await decoyHash()))) && Boolean(user?.active),
  );
  if (!ok || !user) throw new DomainError('INVALID_CREDENTIALS');

  await purgeExpiredSessions(db, now, policy);
  await deleteLoginAttemptsBefore(db, new Date(now.getTime() - policy.knownAddressMs));
  const session = await createSession(db, {
    userId: user.id,
    ip: input.ip,
    userAgent: input.userAgent,
    now,
    policy,
  });
  await audit(db, { userId: user.id }, { action: 'auth.signIn', entity: 'user', entityId: user.id });
  return {
    token: session.token,
    sessionId: session.id,
    userId: user.id,
    mustChangePassword: user.mustChangePassword,
  };
}
