import { createTRPCRouter } from '../../trpc';
import { adoptPlanRoute } from './adopt-plan';
import { advancePhaseRoute } from './advance-phase';
import { closeCycleRoute } from './close';
import { getCycleRoute } from './get';
import { listCyclesRoute } from './list';
import { startCycleRoute } from './start';

export const cyclesRouter = createTRPCRouter({
  list: listCyclesRoute,
  get: getCycleRoute,
  start: startCycleRoute,
  adoptPlan: adoptPlanRoute,
  advancePhase: advancePhaseRoute,
  close: closeCycleRoute,
});
