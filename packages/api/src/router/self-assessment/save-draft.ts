import { unitCycleTarget } from '../../schemas/refs';
import { saveDraft } from '../../services/self-assessment/save-draft';
import { scopedProcedure } from '../../trpc';
import { saveDraftInput } from './save-draft.types';

export const saveDraftRoute = scopedProcedure(saveDraftInput, unitCycleTarget).mutation(({ ctx, input }) =>
  saveDraft(ctx, input),
);
