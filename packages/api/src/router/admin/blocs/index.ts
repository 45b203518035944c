import { createTRPCRouter } from '../../../trpc';
import { createBlocRoute } from './create';
import { listBlocsRoute } from './list';
import { renameBlocRoute } from './rename';
import { setLeadershipRoute } from './set-leadership';
import { setMembersRoute } from './set-members';

export const blocsAdminRouter = createTRPCRouter({
  list: listBlocsRoute,
  create: createBlocRoute,
  rename: renameBlocRoute,
  setMembers: setMembersRoute,
  setLeadership: setLeadershipRoute,
});
