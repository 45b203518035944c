import type { Grant } from '../auth/principal';
import type { ScopeRule } from './matrix';
import type { Target } from './target';

/**
 * A grant of a year reaches that year. A closed year's bloc roles have ended with it: the bloc's later
 * leaders reach it, to record a case found after the close and propose revoking an award it concerns.
 */
const yearFits = (grant: Grant, target: Target) =>
  grant.year === undefined ||
  target.year === undefined ||
  grant.year === target.year ||
  (target.closed === true && grant.scopeKind === 'bloc' && grant.year > target.year);

/** The bloc a unit grant's unit belongs to in the target's year (any year when none is given). */
function unitInBloc(grant: Grant, blocId: string, year: number | undefined): boolean {
  return (grant.unitBlocs ?? []).some((m) => m.blocId === blocId && (year === undefined || m.year === year));
}

/**
 * Whether a grant, under a matrix rule, reaches the target. An empty target (list procedures)
 * passes; the service then narrows its query with `visibility.ts`.
 */
export function grantReaches(grant: Grant, rule: ScopeRule, target: Target): boolean {
  if (!yearFits(grant, target)) return false;
  switch (rule) {
    case 'any':
      return true;
    case 'unit':
      if (grant.scopeKind !== 'unit' || !grant.unitId) return false;
      if (target.unitId !== undefined) return target.unitId === grant.unitId;
      if (target.blocId !== undefined) return unitInBloc(grant, target.blocId, target.year);
      if (target.provinceId !== undefined) return target.provinceId === grant.provinceId;
      return true;
    case 'bloc':
      if (grant.scopeKind === 'bloc') {
        if (target.blocId !== undefined) return target.blocId === grant.blocId;
        if (target.provinceId !== undefined) return target.provinceId === grant.provinceId;
        return target.unitId === undefined;
      }
      if (grant.scopeKind === 'unit') {
        if (target.blocId !== undefined) return unitInBloc(grant, target.blocId, target.year);
        if (target.unitId !== undefined) return target.unitId === grant.unitId;
        if (target.provinceId !== undefined) return target.provinceId === grant.provinceId;
        return true;
      }
      return false;
    case 'province':
      if (grant.scopeKind === 'global' || grant.provinceId === undefined) return false;
      return target.provinceId === undefined || target.provinceId === grant.provinceId;
  }
}
