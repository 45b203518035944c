import { revokeRole } from '../../../services/admin/users';
import { scopedProcedure } from '../../../trpc';
import { revokeRoleInput } from './revoke-role.types';

export const revokeRoleRoute = scopedProcedure(revokeRoleInput, () => null).mutation(({ ctx, input }) =>
  revokeRole(ctx, input),
);
