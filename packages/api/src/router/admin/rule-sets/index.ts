import { createTRPCRouter } from '../../../trpc';
import { getRuleSetRoute } from './get';
import { listRuleSetsRoute } from './list';
import { saveRuleSetRoute } from './save';

export const ruleSetsAdminRouter = createTRPCRouter({
  list: listRuleSetsRoute,
  get: getRuleSetRoute,
  save: saveRuleSetRoute,
});
