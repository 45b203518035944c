import { awardKinds } from '@thidua/domain';
import { z } from 'zod';
import { cycleRef, requiredText, unitRef } from '../../schemas/common';
import { unitCycleTarget } from '../../schemas/refs';
import { proposeRevocation } from '../../services/dossier/steps';
import { scopedProcedure } from '../../trpc';

/** A decided award proposed for revocation, on a case recorded against the unit, with the reason. */
const proposeRevocationInput = z
  .object({
    ...cycleRef,
    ...unitRef,
    award: z.enum(awardKinds),
    caseId: requiredText(200),
    reason: requiredText(1000),
  })
  .strict();

export const proposeRevocationRoute = scopedProcedure(proposeRevocationInput, unitCycleTarget).mutation(
  ({ ctx, input }) => proposeRevocation(ctx, input),
);
