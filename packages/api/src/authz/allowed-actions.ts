import { allowedSteps, type CycleAccessFacts, type StepName } from '@thidua/domain';
import type { Principal } from '../auth/principal';
import { actorOf } from './access';
import { ownScope } from './matrix';
import { grantReaches } from './rules';

export interface CycleFacts extends CycleAccessFacts {
  cycleId: string;
  year: number;
}

/**
 * The steps the signed-in user may perform on a year now — a unit role for its own unit — by the
 * checks the API's gate and the workflow's validator run: the registry's roles, the grant's scope
 * (its year too) and the year's phase. Screens show a step's button exactly when it is listed.
 */
export function allowedActions(principal: Principal, cycle: CycleFacts): StepName[] {
  if (principal.mustChangePassword) return [];
  const target = {
    cycleId: cycle.cycleId,
    blocId: cycle.blocId,
    provinceId: cycle.provinceId,
    year: cycle.year,
    closed: cycle.phase === 'closed',
  };
  const actors = principal.grants
    .filter((grant) => grantReaches(grant, ownScope(grant.role), target))
    .map((grant) => actorOf(principal, grant, target));
  return allowedSteps(actors, cycle);
}
