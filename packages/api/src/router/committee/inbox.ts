import { committeeInbox } from '../../services/committee/inbox';
import { scopedProcedure } from '../../trpc';
import { committeeInboxInput } from './inbox.types';

export const committeeInboxRoute = scopedProcedure(committeeInboxInput, () => null).query(({ ctx, input }) =>
  committeeInbox(ctx, input),
);
