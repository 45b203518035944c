import { createTRPCRouter } from '../../../trpc';
import { activityListRoute } from './list';

export const activityAdminRouter = createTRPCRouter({ list: activityListRoute });
