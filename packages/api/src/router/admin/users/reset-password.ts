import { resetPassword } from '../../../services/admin/users';
import { scopedProcedure } from '../../../trpc';
import { userInput } from './user.types';

export const resetPasswordRoute = scopedProcedure(userInput, () => null).mutation(({ ctx, input }) =>
  resetPassword(ctx, input),
);
