import { createTRPCRouter, publicProcedure } from '../trpc';

export const systemRouter = createTRPCRouter({
  /** Lets the web app (and people) see that the API answers and which build it runs. */
  info: publicProcedure.query(({ ctx }) => ({
    name: 'Thi đua',
    version: ctx.version,
    serverTime: new Date(),
  })),
});
