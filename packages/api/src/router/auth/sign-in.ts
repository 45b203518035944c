import { sessionCookie } from '../../auth/cookie';
import { loadPrincipal } from '../../auth/load-principal';
import { describePrincipal } from '../../services/auth/me';
import { signIn } from '../../services/auth/sign-in';
import { publicProcedure } from '../../trpc';
import { signInInput } from './sign-in.types';

export const signInRoute = publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
  const result = await signIn(
    { db: ctx.db, now: ctx.clock(), policy: ctx.authPolicy },
    { ...input, ip: ctx.clientIp, userAgent: ctx.headers.get('user-agent') },
  );
  ctx.resHeaders.append('set-cookie', sessionCookie(result.token, ctx.secure));
  const principal = await loadPrincipal(ctx.db, result.userId, result.sessionId);
  return principal ? describePrincipal(principal) : null;
});
