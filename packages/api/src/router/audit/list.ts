import { cycleTarget } from '../../schemas/refs';
import { cycleHistory } from '../../services/audit/list';
import { scopedProcedure } from '../../trpc';
import { auditListInput } from './list.types';

export const auditListRoute = scopedProcedure(auditListInput, cycleTarget).query(({ ctx, input }) =>
  cycleHistory(ctx, input),
);
