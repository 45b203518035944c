import { z } from 'zod';
import { nonEmptyTextSchema } from '../text';
import { keysOf } from '../vocabulary';

export const scopeKinds = ['unit', 'bloc', 'province', 'global'] as const;
export type ScopeKind = (typeof scopeKinds)[number];

/** The roles, in order, with the kind of scope each is granted on. */
export const roleScopeKind = {
  unitOfficer: 'unit',
  unitHead: 'unit',
  blocHead: 'bloc',
  blocDeputy: 'bloc',
  secretariat: 'province',
  committeeReviewer: 'province',
  admin: 'global',
} satisfies Record<string, ScopeKind>;
export type Role = keyof typeof roleScopeKind;
export const roles = keysOf(roleScopeKind);

export const roleLabels: Record<Role, string> = {
  unitOfficer: 'Cán bộ phụ trách thi đua của đơn vị',
  unitHead: 'Thủ trưởng đơn vị',
  blocHead: 'Trưởng Khối',
  blocDeputy: 'Phó Khối',
  secretariat: 'Chuyên viên Ban Thi đua - Khen thưởng',
  committeeReviewer: 'Cán bộ thẩm định của UBND tỉnh',
  admin: 'Quản trị hệ thống',
};

/** Roles that reach a whole province or the system: granting one is announced to every admin. */
export const privilegedRoles: readonly Role[] = ['admin', 'secretariat', 'committeeReviewer'];

export const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), unitId: nonEmptyTextSchema() }),
  z.object({ kind: z.literal('bloc'), blocId: nonEmptyTextSchema() }),
  z.object({ kind: z.literal('province'), provinceId: nonEmptyTextSchema() }),
  z.object({ kind: z.literal('global') }),
]);
export type Scope = z.infer<typeof scopeSchema>;

/** A role held on a scope; bloc roles are per year (leadership rotates). */
export const roleGrantSchema = z
  .object({
    role: z.enum(roles),
    scope: scopeSchema,
    year: z.number().int().optional(),
  })
  .refine((g) => g.scope.kind === roleScopeKind[g.role], {
    message: 'Phạm vi không phù hợp với vai trò.',
  });
export type RoleGrant = z.infer<typeof roleGrantSchema>;

/** What an action touches, resolved by the caller (a unit belongs to a bloc and a province that year). */
export interface ScopeTarget {
  unitId?: string | undefined;
  blocId?: string | undefined;
  provinceId?: string | undefined;
  year?: number | undefined;
}

/** Whether a scope covers the target: a wider scope covers narrower targets inside it. */
export function scopeCovers(scope: Scope, target: ScopeTarget): boolean {
  switch (scope.kind) {
    case 'global':
      return true;
    case 'province':
      return target.provinceId === scope.provinceId;
    case 'bloc':
      return target.blocId === scope.blocId;
    case 'unit':
      return target.unitId === scope.unitId;
  }
}

export function grantCovers(grant: RoleGrant, target: ScopeTarget): boolean {
  if (grant.year !== undefined && target.year !== undefined && grant.year !== target.year) return false;
  return scopeCovers(grant.scope, target);
}

/** The first grant among `grants` with one of `allowed` roles that covers the target. */
export function findGrant(
  grants: readonly RoleGrant[],
  allowed: readonly Role[],
  target: ScopeTarget,
): RoleGrant | undefined {
  return grants.find((g) => allowed.includes(g.role) && grantCovers(g, target));
}
