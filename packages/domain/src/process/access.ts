import { type Role, roleScopeKind } from '../org/roles';
import type { Phase } from './phases';
import { type StepName, stepNames, steps } from './steps';

/** Who asks to perform a step, with the ids of the scope they act in. */
export interface StepActor {
  role: Role;
  unitId?: string | undefined;
  blocId?: string | undefined;
  provinceId?: string | undefined;
}

/** What the access check needs to know of a year. */
export interface CycleAccessFacts {
  phase: Phase;
  blocId: string;
  provinceId: string;
  memberUnitIds: readonly string[];
  /** Whether the year's workflow runs (only the start is offered before); the workflow itself: yes. */
  started?: boolean | undefined;
}

export type AccessRefusalCode =
  | 'FORBIDDEN_ROLE'
  | 'OUT_OF_SCOPE'
  | 'NOT_A_MEMBER'
  | 'CYCLE_NOT_STARTED'
  | 'CYCLE_ALREADY_STARTED'
  | 'WRONG_PHASE';
export interface AccessRefusal {
  code: AccessRefusalCode;
  details: Record<string, unknown>;
}

/**
 * The role, scope and phase checks of a step, in the order the workflow validator runs them: the
 * role must be declared for the step; a unit role acts only for its own member unit, a bloc role
 * only in its bloc, a province role only in its province; the year must be in one of the step's
 * phases (and the year must run, except for its start). `target.unitId` is the unit the call names, when the step acts on one.
 */
export function stepRefusal(
  step: StepName,
  actor: StepActor,
  cycle: CycleAccessFacts,
  target: { unitId?: string | undefined } = {},
): AccessRefusal | undefined {
  const declared = steps[step];
  if (!(declared.roles as readonly Role[]).includes(actor.role)) {
    return { code: 'FORBIDDEN_ROLE', details: { role: actor.role, allowed: [...declared.roles] } };
  }
  switch (roleScopeKind[actor.role]) {
    case 'unit':
      if (!actor.unitId || (target.unitId !== undefined && actor.unitId !== target.unitId)) {
        return { code: 'OUT_OF_SCOPE', details: { unitId: actor.unitId, target: target.unitId } };
      }
      if (!cycle.memberUnitIds.includes(actor.unitId)) return { code: 'NOT_A_MEMBER', details: {} };
      break;
    case 'bloc':
      if (actor.blocId !== cycle.blocId) {
        return { code: 'OUT_OF_SCOPE', details: { blocId: actor.blocId, target: cycle.blocId } };
      }
      break;
    case 'province':
      // The API always states the province; callers inside the platform (tests, ops) may not.
      if (actor.provinceId !== undefined && actor.provinceId !== cycle.provinceId) {
        return { code: 'OUT_OF_SCOPE', details: { provinceId: actor.provinceId, target: cycle.provinceId } };
      }
      break;
    case 'global':
      break;
  }
  const started = cycle.started ?? true;
  if ((declared.runsIn === 'start') === started) {
    return { code: started ? 'CYCLE_ALREADY_STARTED' : 'CYCLE_NOT_STARTED', details: {} };
  }
  if (!(declared.phases as readonly Phase[]).includes(cycle.phase)) {
    return { code: 'WRONG_PHASE', details: { phase: cycle.phase, allowed: [...declared.phases] } };
  }
  return undefined;
}

/** The steps any of `actors` may perform on the year now (a unit role: for its own unit). */
export function allowedSteps(actors: readonly StepActor[], cycle: CycleAccessFacts): StepName[] {
  return stepNames.filter((step) => actors.some((actor) => stepRefusal(step, actor, cycle) === undefined));
}
