/**
 * A past year entered from its records (the demo bloc's 2022; a bloc's earlier years): the same
 * procedures a live year goes through, each called in process as the user who took the step and at
 * the instant it took place. That instant is the services' clock for the API's own checks and goes
 * with every Update to the workflow, where a cycle started this way is a back-fill: its date checks
 * take the recorded instants and no deadline timer fires. Nothing else differs from a live year: the
 * same activities write the same rows and issue the same records.
 */
import { findUserByUsername } from '@thidua/db';
import { TRPCError } from '@trpc/server';
import { loadPrincipal } from '../auth/load-principal';
import type { Principal } from '../auth/principal';
import { answerOf } from '../errors/answer';
import { appRouter } from '../root';
import { type ApiServices, createCallerFactory, createTRPCContext } from '../trpc';

const callers = createCallerFactory(appRouter);
type PastYearCaller = ReturnType<typeof callers>;

/** The stable code of a refused call, or undefined for anything else. */
export function refusalCode(error: unknown): string | undefined {
  return error instanceof TRPCError ? answerOf(error).code : undefined;
}

export interface PastYearSession {
  /** The procedures as `username` at `at` (an instant in the past, ISO with its offset). */
  as(username: string, at: string): Promise<PastYearCaller>;
  /**
   * Runs `call` again while it is refused with `code`: a step that waits for work the workflow does
   * in the background (the dossier's records after the results are confirmed).
   */
  whenReady<T>(call: () => Promise<T>, code: string, timeoutMs?: number): Promise<T>;
}

export function pastYearSession(services: ApiServices): PastYearSession {
  const principals = new Map<string, Principal>();
  return {
    async as(username, at) {
      let principal = principals.get(username);
      if (!principal) {
        const user = await findUserByUsername(services.db, username);
        const loaded = user ? await loadPrincipal(services.db, user.id, null) : null;
        if (!loaded) throw new Error(`no active account ${username} to enter the past year with`);
        principal = loaded;
        principals.set(username, loaded);
      }
      const recordedAt = new Date(at);
      if (Number.isNaN(recordedAt.getTime())) throw new Error(`not an instant: ${at}`);
      return callers(
        createTRPCContext({ headers: new Headers(), services: { ...services, recordedAt }, principal }),
      );
    },
    async whenReady(call, code, timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        try {
          return await call();
        } catch (error) {
          if (refusalCode(error) !== code || Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
    },
  };
}
