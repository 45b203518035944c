import type { AppRouter } from '@thidua/api';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useTRPC } from './trpc';

/** The tRPC options proxy the screens build their queries and mutations from. */
export type Api = TRPCOptionsProxy<AppRouter>;

export const useApi: () => Api = useTRPC;
