import { z } from 'zod';
import { cycleRef, unitRef, uuid } from '../../schemas/common';
import { unitCycleTarget } from '../../schemas/refs';
import { deleteEvidence } from '../../services/self-assessment/delete-evidence';
import { scopedProcedure } from '../../trpc';

const deleteEvidenceInput = z.object({ ...cycleRef, ...unitRef, evidenceId: uuid() }).strict();

export const deleteEvidenceRoute = scopedProcedure(deleteEvidenceInput, unitCycleTarget).mutation(
  ({ ctx, input }) => deleteEvidence(ctx, input),
);
