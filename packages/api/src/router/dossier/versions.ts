import { documentVersions } from '../../services/dossier/versions';
import { scopedProcedure } from '../../trpc';
import { versionsInput } from './versions.types';

export const versionsRoute = scopedProcedure(versionsInput, (i) => ({ documentId: i.documentId })).query(
  ({ ctx, input }) => documentVersions(ctx, input),
);
