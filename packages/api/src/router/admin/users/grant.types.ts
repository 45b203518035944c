import { roleScopeKind, roles } from '@thidua/domain';
import { z } from 'zod';
import { id, year } from '../../../schemas/common';

/** A role on a scope; the scope kind must be the role's (unit roles on a unit, …). */
export const grantInput = z
  .object({
    role: z.enum(roles),
    scope: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('unit'), unitId: id() }).strict(),
      z.object({ kind: z.literal('bloc'), blocId: id() }).strict(),
      z.object({ kind: z.literal('province'), provinceId: id() }).strict(),
      z.object({ kind: z.literal('global') }).strict(),
    ]),
    year: year().optional(),
  })
  .strict()
  .refine((g) => g.scope.kind === roleScopeKind[g.role], 'Phạm vi không phù hợp với vai trò.');
