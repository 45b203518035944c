import { listUsers } from '../../../services/admin/users';
import { scopedProcedure } from '../../../trpc';
import { listUsersInput } from './list.types';

export const listUsersRoute = scopedProcedure(listUsersInput, () => null).query(({ ctx, input }) =>
  listUsers(ctx, input),
);
