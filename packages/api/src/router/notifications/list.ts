import { listNotifications } from '../../services/notifications/list';
import { scopedProcedure } from '../../trpc';
import { listNotificationsInput } from './list.types';

export const listNotificationsRoute = scopedProcedure(listNotificationsInput, () => null).query(
  ({ ctx, input }) => listNotifications(ctx, input),
);
