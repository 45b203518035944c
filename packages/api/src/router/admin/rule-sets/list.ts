import { listRuleSets } from '../../../services/admin/rule-sets';
import { scopedProcedure } from '../../../trpc';
import { listRuleSetsInput } from './list.types';

export const listRuleSetsRoute = scopedProcedure(listRuleSetsInput, () => null).query(({ ctx, input }) =>
  listRuleSets(ctx, input),
);
