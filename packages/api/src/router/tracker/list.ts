import { trackerList } from '../../services/tracker/list';
import { scopedProcedure } from '../../trpc';
import { trackerListInput } from './list.types';

export const trackerListRoute = scopedProcedure(trackerListInput, () => null).query(({ ctx, input }) =>
  trackerList(ctx, input),
);
