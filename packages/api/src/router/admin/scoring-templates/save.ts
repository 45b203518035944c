import { cycleTarget } from '../../../schemas/refs';
import { saveTemplate } from '../../../services/admin/templates';
import { scopedProcedure } from '../../../trpc';
import { saveTemplateInput } from './save.types';

export const saveTemplateRoute = scopedProcedure(saveTemplateInput, cycleTarget).mutation(({ ctx, input }) =>
  saveTemplate(ctx, input),
);
