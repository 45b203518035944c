import { createTRPCRouter } from '../../../trpc';
import { createUnitRoute } from './create';
import { listUnitsRoute } from './list';
import { mergeUnitsRoute } from './merge';
import { renameUnitRoute } from './rename';

export const unitsAdminRouter = createTRPCRouter({
  list: listUnitsRoute,
  create: createUnitRoute,
  rename: renameUnitRoute,
  merge: mergeUnitsRoute,
});
