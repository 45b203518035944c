import { cycleTarget } from '../../schemas/refs';
import { cycleHistory, historyFacets } from '../../services/audit/list';
import { scopedProcedure } from '../../trpc';
import { auditFacetsInput, auditListInput } from './list.types';

export const auditListRoute = scopedProcedure(auditListInput, cycleTarget).query(({ ctx, input }) =>
  cycleHistory(ctx, input),
);

export const auditFacetsRoute = scopedProcedure(auditFacetsInput, cycleTarget).query(({ ctx, input }) =>
  historyFacets(ctx, input),
);
