import { markRead } from '../../services/notifications/mark-read';
import { scopedProcedure } from '../../trpc';
import { markReadInput } from './mark-read.types';

export const markReadRoute = scopedProcedure(markReadInput, () => null).mutation(({ ctx, input }) =>
  markRead(ctx, input),
);
