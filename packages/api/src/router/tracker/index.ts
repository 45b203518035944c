import { createTRPCRouter } from '../../trpc';
import { grantExtensionRoute } from './grant-extension';
import { trackerListRoute } from './list';
import { moveDeadlineRoute } from './move-deadline';

export const trackerRouter = createTRPCRouter({
  list: trackerListRoute,
  moveDeadline: moveDeadlineRoute,
  grantExtension: grantExtensionRoute,
});
