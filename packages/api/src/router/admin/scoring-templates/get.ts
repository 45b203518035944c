import { cycleInput, cycleTarget } from '../../../schemas/refs';
import { getTemplate } from '../../../services/admin/templates';
import { scopedProcedure } from '../../../trpc';

export const getTemplateRoute = scopedProcedure(cycleInput, cycleTarget).query(({ ctx, input }) =>
  getTemplate(ctx, input),
);
