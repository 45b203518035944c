import type { AppRouter } from '@thidua/api';
import type {
  DecorateMutationProcedure,
  DecorateQueryProcedure,
  DefaultFeatureFlags,
  TRPCOptionsProxy,
} from '@trpc/tanstack-react-query';
import type { PendingProcedures } from './pending';
import { useTRPC } from './trpc';

type Def<I, O> = {
  input: I;
  output: O;
  transformer: true;
  errorShape: { message: string; code: number; data: Record<string, unknown> };
  featureFlags: DefaultFeatureFlags;
};
/** A query the screens expect before the API declares it. */
export type PendingQuery<I, O> = DecorateQueryProcedure<Def<I, O>>;
/** A mutation the screens expect before the API declares it. */
export type PendingMutation<I, O> = DecorateMutationProcedure<Def<I, O>>;

type IsProcedure<T> = T extends
  | { queryOptions: unknown }
  | { mutationOptions: unknown }
  | { subscriptionOptions: unknown }
  ? true
  : false;

/** The real router wins wherever it declares a procedure; the pending contract fills the gaps. */
type Merge<Real, Pending> = {
  [K in keyof Real | keyof Pending]: K extends keyof Real
    ? K extends keyof Pending
      ? IsProcedure<Real[K]> extends true
        ? Real[K]
        : Merge<Real[K], Pending[K]>
      : Real[K]
    : K extends keyof Pending
      ? Pending[K]
      : never;
};

export type Api = Merge<TRPCOptionsProxy<AppRouter>, PendingProcedures>;

/**
 * The tRPC options proxy, typed by AppRouter plus the procedures the web app still waits for. At run
 * time it is the same path proxy: a pending procedure simply answers NOT_FOUND until it exists.
 */
export function useApi(): Api {
  return useTRPC() as unknown as Api;
}
