import type { Actor } from '@thidua/workflows';
import type { Grant, Principal } from '../auth/principal';
import type { ScopeRule } from './matrix';
import type { Target } from './target';

/** A grant the matrix allows for the current procedure, with the rule that applies to it. */
export interface AllowedGrant extends Grant {
  rule: ScopeRule;
}

/** Who acts, as asserted to the workflow (its validator checks role and scope again). */
export type { Actor };

/** What the scope check hands the procedure: the acting grant, and every grant that reaches the target. */
export interface Access {
  principal: Principal;
  target: Target;
  actor: Actor;
  grant: AllowedGrant;
  /** All allowed grants reaching the target; list procedures narrow their queries with these. */
  grants: AllowedGrant[];
}

export function actorOf(principal: Principal, grant: Grant, target: Target): Actor {
  switch (grant.scopeKind) {
    case 'unit':
      return {
        userId: principal.userId,
        role: grant.role,
        unitId: grant.unitId,
        blocId: target.blocId ?? grant.unitBlocs?.find((m) => m.year === target.year)?.blocId,
        provinceId: grant.provinceId,
      };
    case 'bloc':
      return {
        userId: principal.userId,
        role: grant.role,
        blocId: grant.blocId,
        provinceId: grant.provinceId,
      };
    case 'province':
      return { userId: principal.userId, role: grant.role, provinceId: grant.provinceId };
    case 'global':
      return { userId: principal.userId, role: grant.role };
  }
}
