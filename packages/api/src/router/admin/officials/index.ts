import { createTRPCRouter } from '../../../trpc';
import { addOfficialRoute } from './add';
import { endOfficialRoute } from './end';
import { listOfficialsRoute } from './list';

export const officialsAdminRouter = createTRPCRouter({
  list: listOfficialsRoute,
  add: addOfficialRoute,
  end: endOfficialRoute,
});
