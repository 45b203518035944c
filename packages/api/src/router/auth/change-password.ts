import { changePassword } from '../../services/auth/change-password';
import { protectedProcedure } from '../../trpc';
import { changePasswordInput } from './change-password.types';

export const changePasswordRoute = protectedProcedure
  .input(changePasswordInput)
  .mutation(async ({ ctx, input }) => {
    await changePassword(ctx.db, ctx.principal, input);
    return { changed: true };
  });
