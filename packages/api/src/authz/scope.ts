import type { DbOrTx } from '@thidua/db';
import { DomainError, roles } from '@thidua/domain';
import type { Principal } from '../auth/principal';
import { type Access, type AllowedGrant, actorOf } from './access';
import { resolveTarget } from './resolve-target';
import { grantReaches } from './rules';
import type { TargetRef } from './target';

/** Matrix column order decides which grant acts when several reach the target. */
const rank = (g: AllowedGrant) => roles.indexOf(g.role);

/** The scope half of authorisation: which of the allowed grants reach what the input names. */
export async function checkScope(
  db: DbOrTx,
  principal: Principal,
  allowed: AllowedGrant[],
  ref: TargetRef | null,
): Promise<Access> {
  const target = ref ? await resolveTarget(db, ref) : {};
  const grants = allowed.filter((g) => grantReaches(g, g.rule, target)).sort((a, b) => rank(a) - rank(b));
  const grant = grants[0];
  if (!grant) throw new DomainError('OUT_OF_SCOPE');
  return { principal, target, grant, grants, actor: actorOf(principal, grant, target) };
}
