import { officialOrgKind } from '@thidua/domain';
import { addOfficialFor } from '../../../services/admin/officials';
import { scopedProcedure } from '../../../trpc';
import { addOfficialInput } from './add.types';

export const addOfficialRoute = scopedProcedure(addOfficialInput, (i) => {
  const kind = officialOrgKind[i.position];
  return kind === 'unit'
    ? { unitId: i.orgId }
    : kind === 'bloc'
      ? { blocId: i.orgId }
      : { provinceId: i.orgId };
}).mutation(({ ctx, input }) => addOfficialFor(ctx, input));
