import { getRuleSetFor } from '../../../services/admin/rule-sets';
import { scopedProcedure } from '../../../trpc';
import { getRuleSetInput } from './get.types';

export const getRuleSetRoute = scopedProcedure(getRuleSetInput, () => null).query(({ ctx, input }) =>
  getRuleSetFor(ctx, input),
);
