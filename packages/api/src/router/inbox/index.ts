import { createTRPCRouter } from '../../trpc';
import { inboxListRoute } from './list';

export const inboxRouter = createTRPCRouter({ list: inboxListRoute });
