import { createTRPCRouter } from '../../trpc';
import { auditFacetsRoute, auditListRoute } from './list';

export const auditRouter = createTRPCRouter({ list: auditListRoute, facets: auditFacetsRoute });
