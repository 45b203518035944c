import { createUser } from '../../../services/admin/users';
import { scopedProcedure } from '../../../trpc';
import { createUserInput } from './create.types';

export const createUserRoute = scopedProcedure(createUserInput, () => null).mutation(({ ctx, input }) =>
  createUser(ctx, input),
);
