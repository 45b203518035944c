import { z } from 'zod';
import { nonEmptyTextSchema } from '../text';
import { keysOf } from '../vocabulary';

export const scopeKinds = ['unit', 'bloc', 'province', 'global'] as const;
export type ScopeKind = (typeof scopeKinds)[number];

/** The roles, in order: the kind of scope each is granted on, and its name on screen and in records. */
const roleDeclarations = {
  unitOfficer: { scope: 'unit', label: 'Cán bộ phụ trách thi đua của đơn vị' },
  unitHead: { scope: 'unit', label: 'Thủ trưởng đơn vị' },
  blocHead: { scope: 'bloc', label: 'Trưởng Khối' },
  blocDeputy: { scope: 'bloc', label: 'Phó Khối' },
  secretariat: { scope: 'province', label: 'Chuyên viên Ban Thi đua - Khen thưởng' },
  committeeReviewer: { scope: 'province', label: 'Cán bộ thẩm định của UBND tỉnh' },
  admin: { scope: 'global', label: 'Quản trị hệ thống' },
} as const satisfies Record<string, { scope: ScopeKind; label: string }>;
export type Role = keyof typeof roleDeclarations;
export const roles = keysOf(roleDeclarations);

const byRole = <V>(pick: (declared: (typeof roleDeclarations)[Role]) => V) =>
  Object.fromEntries(roles.map((role) => [role, pick(roleDeclarations[role])])) as Record<Role, V>;
export const roleScopeKind = byRole((declared) => declared.scope);
export const roleLabels = byRole((declared) => declared.label);

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
