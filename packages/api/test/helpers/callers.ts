import { type ApiServices, appRouter, createTRPCContext, type Principal } from '@thidua/api';
import type { Db } from '@thidua/db';
import { users } from '@thidua/db/schema';
import type { Role } from '@thidua/domain';
import { eq } from 'drizzle-orm';
import { loadPrincipal } from '../../src/auth/load-principal';
import type { Grant } from '../../src/auth/principal';
import { createCallerFactory } from '../../src/trpc';
import { BLOC, PROVINCE, UNIT } from './fixtures';

const factory = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof factory>;

/** A caller acting as `principal` (no cookie); `resHeaders` shows the cookies a procedure set. */
export function callerFor(services: ApiServices, principal: Principal | null, headers = new Headers()) {
  const resHeaders = new Headers();
  const caller = factory(createTRPCContext({ headers, services, principal, resHeaders }));
  return Object.assign(caller, { resHeaders });
}

export async function principalOf(db: Db, username: string): Promise<Principal> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!user) throw new Error(`no demo user ${username}`);
  const principal = await loadPrincipal(db, user.id, null);
  if (!principal) throw new Error(`demo user ${username} is inactive`);
  return principal;
}

export async function callerAs(services: ApiServices, username: string) {
  return callerFor(services, await principalOf(services.db, username));
}

/** A principal with made-up grants on a real account (the audit log needs a real user id). */
export function syntheticPrincipal(userId: string, grants: Grant[]): Principal {
  return {
    userId,
    username: 'synthetic',
    displayName: 'Synthetic',
    mustChangePassword: false,
    grants,
    sessionId: null,
  };
}

/** Calls `path` ('cycles.get') on a caller. */
export function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

/** A grant of `role` inside the demo bloc, or in a bloc, unit and province of somewhere else. */
export function grantOf(role: Role, where: 'here' | 'elsewhere'): Grant {
  const here = where === 'here';
  const unitId = here ? UNIT : 'u-elsewhere';
  const blocId = here ? BLOC : 'b-elsewhere';
  const provinceId = here ? PROVINCE : 'p-elsewhere';
  switch (role) {
    case 'unitOfficer':
    case 'unitHead':
      return {
        role,
        scopeKind: 'unit',
        unitId,
        provinceId,
        unitBlocs: [2022, 2023, 2031].map((year) => ({ blocId, year })),
      };
    case 'blocHead':
    case 'blocDeputy':
      return { role, scopeKind: 'bloc', blocId, provinceId };
    case 'secretariat':
    case 'committeeReviewer':
      return { role, scopeKind: 'province', provinceId };
    case 'admin':
      return { role, scopeKind: 'global' };
  }
}
