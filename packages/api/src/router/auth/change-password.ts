import { changePassword } from '../../services/auth/change-password';
import { protectedProcedure } from '../../trpc';
import { changePasswordInput } from './change-password.types';

export const changePasswordRoute = protectedProcedure
  .input(changePasswordInput)
  .mutation(async ({ ctx, input }) => {
    await changePassword({ db: ctx.db, now: ctx.clock(), policy: ctx.authPolicy }, ctx.principal, {
      ...input,
      ip: ctx.clientIp,
    });
    return { changed: true };
  });
