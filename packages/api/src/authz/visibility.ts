import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { AllowedGrant } from './access';

/** The columns a list query exposes to the scope filter. */
export interface ScopeColumns {
  /** Absent for rows outside any bloc (units, which belong to blocs only per year). */
  blocId?: AnyPgColumn | undefined;
  provinceId: AnyPgColumn;
  /** Absent for rows that are not per year (blocs, units). */
  year?: AnyPgColumn | undefined;
  /** Rows that belong to one unit (status rows); absent for cycle-level rows. */
  unitId?: AnyPgColumn | undefined;
}

const never = sql`false`;

/** One grant's reach over rows, under its matrix rule. */
function reach(grant: AllowedGrant, c: ScopeColumns): SQL {
  const year = grant.year !== undefined && c.year ? eq(c.year, grant.year) : undefined;
  switch (grant.rule) {
    case 'any':
      return sql`true`;
    case 'province':
      return grant.provinceId ? (and(eq(c.provinceId, grant.provinceId), year) ?? never) : never;
    case 'bloc':
      if (!c.blocId) return never;
      if (grant.scopeKind === 'bloc' && grant.blocId) return and(eq(c.blocId, grant.blocId), year) ?? never;
      if (grant.scopeKind === 'unit') return unitBlocs(grant, c);
      return never;
    case 'unit': {
      if (grant.scopeKind !== 'unit' || !grant.unitId) return never;
      const own = c.unitId ? eq(c.unitId, grant.unitId) : undefined;
      return and(unitBlocs(grant, c), own) ?? never;
    }
  }
}

function unitBlocs(grant: AllowedGrant, c: ScopeColumns): SQL {
  const blocId = c.blocId;
  if (!blocId) return never;
  const pairs = (grant.unitBlocs ?? []).map((m) =>
    and(eq(blocId, m.blocId), c.year ? eq(c.year, m.year) : undefined),
  );
  return pairs.length > 0 ? (or(...pairs) ?? never) : never;
}

/** Rows any of the caller's allowed grants reaches (list procedures pass no target). */
export function visibleTo(grants: readonly AllowedGrant[], c: ScopeColumns): SQL {
  return grants.length > 0 ? (or(...grants.map((g) => reach(g, c))) ?? never) : never;
}

/** Unit ids a unit-rule caller may see ("own unit"), or undefined when some grant sees wider. */
export function ownUnitsOnly(grants: readonly AllowedGrant[]): string[] | undefined {
  if (grants.some((g) => g.rule !== 'unit')) return undefined;
  return grants.flatMap((g) => (g.unitId ? [g.unitId] : []));
}
