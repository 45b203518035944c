import { describePrincipal } from '../../services/auth/me';
import { protectedProcedure } from '../../trpc';

export const meRoute = protectedProcedure.query(({ ctx }) => describePrincipal(ctx.principal));
