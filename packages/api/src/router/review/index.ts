import { createTRPCRouter } from '../../trpc';
import { getReviewRoute } from './get';
import { listReviewsRoute } from './list';
import { lockRoute } from './lock';
import { respondRoute } from './respond';
import { returnForRevisionRoute } from './return-for-revision';
import { setScoresRoute } from './set-scores';
import { reviewSummaryRoute } from './summary';

export const reviewRouter = createTRPCRouter({
  list: listReviewsRoute,
  get: getReviewRoute,
  summary: reviewSummaryRoute,
  setScores: setScoresRoute,
  respond: respondRoute,
  returnForRevision: returnForRevisionRoute,
  lock: lockRoute,
});
