import { createTRPCRouter } from '../../trpc';
import { listNotificationsRoute } from './list';
import { markReadRoute } from './mark-read';

export const notificationsRouter = createTRPCRouter({
  list: listNotificationsRoute,
  markRead: markReadRoute,
});
