import { createTRPCRouter } from '../../trpc';
import { auditListRoute } from './list';

export const auditRouter = createTRPCRouter({ list: auditListRoute });
