import { z } from 'zod';
import { page } from '../../../schemas/common';
import { adminActivity } from '../../../services/admin/activity';
import { scopedProcedure } from '../../../trpc';

const activityInput = z
  .object({ page: page() })
  .strict()
  .default({ page: { limit: 50, offset: 0 } });

export const activityListRoute = scopedProcedure(activityInput, () => null).query(({ ctx, input }) =>
  adminActivity(ctx, input),
);
