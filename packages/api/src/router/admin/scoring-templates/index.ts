import { createTRPCRouter } from '../../../trpc';
import { getTemplateRoute } from './get';
import { saveTemplateRoute } from './save';

export const scoringTemplatesAdminRouter = createTRPCRouter({
  get: getTemplateRoute,
  save: saveTemplateRoute,
});
