import { z } from 'zod';
import { inbox } from '../../services/inbox/list';
import { scopedProcedure } from '../../trpc';

export const inboxListRoute = scopedProcedure(z.undefined(), () => null).query(({ ctx }) => inbox(ctx));
