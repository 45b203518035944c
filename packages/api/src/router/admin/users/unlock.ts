import { unlockSignIn } from '../../../services/admin/users';
import { scopedProcedure } from '../../../trpc';
import { userInput } from './user.types';

export const unlockRoute = scopedProcedure(userInput, () => null).mutation(({ ctx, input }) =>
  unlockSignIn(ctx, input),
);
