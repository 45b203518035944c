import { setLeadership } from '../../../services/admin/blocs';
import { scopedProcedure } from '../../../trpc';
import { setLeadershipInput } from './set-leadership.types';

export const setLeadershipRoute = scopedProcedure(setLeadershipInput, (i) => ({ blocId: i.blocId })).mutation(
  ({ ctx, input }) => setLeadership(ctx, input),
);
