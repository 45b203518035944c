import { grantRole } from '../../../services/admin/users';
import { scopedProcedure } from '../../../trpc';
import { grantRoleInput } from './grant-role.types';

export const grantRoleRoute = scopedProcedure(grantRoleInput, () => null).mutation(({ ctx, input }) =>
  grantRole(ctx, input),
);
