import { cycleInput, cycleTarget } from '../../schemas/refs';
import { conferenceView } from '../../services/conference/view';
import { scopedProcedure } from '../../trpc';

export const getConferenceRoute = scopedProcedure(cycleInput, cycleTarget).query(({ ctx, input }) =>
  conferenceView(
    ctx.db,
    input.cycleId,
    ctx.access.grants.flatMap((g) => (g.unitId ? [g.unitId] : [])),
  ),
);
