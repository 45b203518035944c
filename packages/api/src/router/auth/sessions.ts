import { z } from 'zod';
import { clearedSessionCookie } from '../../auth/cookie';
import { endOtherSessions, endOwnSession, listOwnSessions } from '../../services/auth/sessions';
import { protectedProcedure } from '../../trpc';

const sessionId = z.string().regex(/^[0-9a-f]{64}$/, 'Mã phiên không hợp lệ.');

export const sessionsRoute = protectedProcedure
  .input(z.undefined())
  .query(({ ctx }) => listOwnSessions(ctx.db, ctx.principal, ctx.clock(), ctx.authPolicy));

export const endSessionRoute = protectedProcedure
  .input(z.object({ sessionId }).strict())
  .mutation(async ({ ctx, input }) => {
    const current = await endOwnSession(ctx.db, ctx.principal, input.sessionId);
    // Ending the session in use is signing out here.
    if (current) ctx.resHeaders.append('set-cookie', clearedSessionCookie(ctx.secure));
    return { ended: true, signedOut: current };
  });

export const endOtherSessionsRoute = protectedProcedure.input(z.undefined()).mutation(async ({ ctx }) => {
  await endOtherSessions(ctx.db, ctx.principal);
  return { ended: true };
});
