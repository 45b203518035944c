import { deleteSession } from '@thidua/db';
import { z } from 'zod';
import { audit } from '../../audit/record';
import { clearedSessionCookie } from '../../auth/cookie';
import { protectedProcedure } from '../../trpc';

export const signOutRoute = protectedProcedure.input(z.undefined()).mutation(async ({ ctx }) => {
  if (ctx.principal.sessionId) await deleteSession(ctx.db, ctx.principal.sessionId);
  await audit(
    ctx.db,
    { userId: ctx.principal.userId },
    { action: 'auth.signOut', entity: 'user', entityId: ctx.principal.userId },
  );
  ctx.resHeaders.append('set-cookie', clearedSessionCookie(ctx.secure));
  return { signedOut: true };
});
