import { createTRPCRouter } from '../../trpc';
import { activityAdminRouter } from './activity';
import { blocsAdminRouter } from './blocs';
import { officialsAdminRouter } from './officials';
import { ruleSetsAdminRouter } from './rule-sets';
import { scoringTemplatesAdminRouter } from './scoring-templates';
import { unitsAdminRouter } from './units';
import { usersAdminRouter } from './users';

export const adminRouter = createTRPCRouter({
  blocs: blocsAdminRouter,
  units: unitsAdminRouter,
  officials: officialsAdminRouter,
  users: usersAdminRouter,
  activity: activityAdminRouter,
  ruleSets: ruleSetsAdminRouter,
  scoringTemplates: scoringTemplatesAdminRouter,
});
