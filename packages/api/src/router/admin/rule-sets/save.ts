import { saveRuleSetFor } from '../../../services/admin/rule-sets';
import { scopedProcedure } from '../../../trpc';
import { saveRuleSetInput } from './save.types';

export const saveRuleSetRoute = scopedProcedure(saveRuleSetInput, (i) => ({
  provinceId: i.ruleSet.provinceId ?? undefined,
})).mutation(({ ctx, input }) => saveRuleSetFor(ctx, input));
