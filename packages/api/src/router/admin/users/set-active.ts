import { setActive } from '../../../services/admin/users';
import { scopedProcedure } from '../../../trpc';
import { setActiveInput } from './set-active.types';

export const setActiveRoute = scopedProcedure(setActiveInput, () => null).mutation(({ ctx, input }) =>
  setActive(ctx, input),
);
