import { createTRPCRouter } from '../../../trpc';
import { createUserRoute } from './create';
import { grantRoleRoute } from './grant-role';
import { listUsersRoute } from './list';
import { resetPasswordRoute } from './reset-password';
import { revokeRoleRoute } from './revoke-role';
import { setActiveRoute } from './set-active';
import { unlockRoute } from './unlock';

export const usersAdminRouter = createTRPCRouter({
  list: listUsersRoute,
  create: createUserRoute,
  resetPassword: resetPasswordRoute,
  setActive: setActiveRoute,
  grantRole: grantRoleRoute,
  revokeRole: revokeRoleRoute,
  unlock: unlockRoute,
});
