import { setMembers } from '../../../services/admin/blocs';
import { scopedProcedure } from '../../../trpc';
import { setMembersInput } from './set-members.types';

export const setMembersRoute = scopedProcedure(setMembersInput, (i) => ({ blocId: i.blocId })).mutation(
  ({ ctx, input }) => setMembers(ctx, input),
);
