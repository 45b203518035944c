/**
 * The tRPC server set-up, in three parts: the request CONTEXT, the INIT of tRPC itself, and the
 * PROCEDURES routers are built from. Routers live in `router/<area>/`, joined in `root.ts`.
 */
import type { Client } from '@temporalio/client';
import type { Db } from '@thidua/db';
import { DomainError } from '@thidua/domain';
import { initTRPC } from '@trpc/server';
import type { z } from 'zod';
import { clearedSessionCookie, readSessionToken } from './auth/cookie';
import { type AuthPolicy, defaultAuthPolicy } from './auth/policy';
import type { Principal } from './auth/principal';
import { findSessionPrincipal } from './auth/session-store';
import type { Access } from './authz/access';
import { runGate } from './authz/gate';
import { checkScope } from './authz/scope';
import type { TargetRef } from './authz/target';
import { formatError } from './errors/format';
import { toTRPCError } from './errors/to-trpc';
import { readActionKey } from './http/action-key';
import { transformer } from './transformer';
import './validation-messages';

/* 1. CONTEXT */

/** Long-lived services the HTTP server builds once and hands to every request. */
export interface ApiServices {
  /** Reported by `system.info`. */
  version: string;
  db: Db;
  /** Temporal client: every human step of a cycle is an Update of its workflow. */
  temporal: Client;
  /** Task queue new cycle workflows start on. */
  taskQueue: string;
  /** Injected so expiry and deadlines can be tested without waiting. */
  clock?: () => Date;
  /**
   * Set only by the import of a past year (never for a web request): the instant the step being
   * entered took place. The services' clock reads it, a step carries it to the workflow, and a cycle
   * started with it is a back-fill of that past year (import/past-year.ts).
   */
  recordedAt?: Date | undefined;
  authPolicy?: AuthPolicy;
  /** How often the live conference feed looks for changes (default 1 s). */
  livePollMs?: number;
  /** Workflow id of a new cycle; defaults to `cycle:<blocId>:<year>` (tests give each run its own). */
  cycleWorkflowId?: (blocId: string, year: number) => string;
  /**
   * Steps are only checked, never performed: each answers PROBE_ACCEPTED once the gate, the scope,
   * the step registry's checks (and for workflow steps the workflow's validator) let it through.
   * For the parity check of `allowedActions` against what the server accepts.
   */
  probeSteps?: boolean;
  /** How long a closed year's after-close workflow waits for another step before it ends. */
  afterCloseIdleMs?: number;
}

export interface CreateContextOptions {
  headers: Headers;
  services: ApiServices;
  /** Where procedures add Set-Cookie (the HTTP adapter's response headers). */
  resHeaders?: Headers;
  /** The client's address, for sign-in throttling. */
  clientIp?: string | null;
  /** Served over https: the session cookie is Secure and `__Host-` prefixed. */
  secure?: boolean;
  /** In-process callers (tests, jobs) may act as a principal without a cookie. */
  principal?: Principal | null;
}

type SessionState = 'none' | 'expired' | 'live';

export function createTRPCContext(options: CreateContextOptions) {
  const { services, headers } = options;
  const recordedAt = services.recordedAt;
  const clock = recordedAt ? () => recordedAt : (services.clock ?? (() => new Date()));
  const policy = services.authPolicy ?? defaultAuthPolicy;
  const resHeaders = options.resHeaders ?? new Headers();
  let session: Promise<{ state: SessionState; principal: Principal | null }> | undefined;
  // Looked up on first use only: public procedures (system.info) never touch the database.
  const getSession = () => {
    session ??= (async () => {
      if (options.principal !== undefined) {
        return { state: options.principal ? 'live' : 'none', principal: options.principal } as const;
      }
      const token = readSessionToken(headers.get('cookie'));
      if (!token) return { state: 'none', principal: null } as const;
      const principal = await findSessionPrincipal(services.db, token, clock(), policy);
      if (principal) return { state: 'live', principal } as const;
      // The browser drops a dead cookie: the next request is simply signed out.
      resHeaders.append('set-cookie', clearedSessionCookie(options.secure ?? false));
      return { state: 'expired', principal: null } as const;
    })();
    return session;
  };
  return {
    ...services,
    headers,
    resHeaders,
    clientIp: options.clientIp ?? null,
    /** The client's key for the action this request performs (see http/action-key.ts). */
    actionKey: readActionKey(headers),
    secure: options.secure ?? false,
    clock,
    authPolicy: policy,
    livePollMs: services.livePollMs ?? 1_000,
    getSession,
  };
}

export type Context = ReturnType<typeof createTRPCContext>;

/* 2. INIT */

const t = initTRPC.context<Context>().create({
  transformer,
  // Live feeds: pings keep proxies from cutting an idle stream; a stream ends after 10 minutes and
  // the client reconnects, so the session is checked again.
  sse: {
    ping: { enabled: true, intervalMs: 15_000 },
    maxDurationMs: 10 * 60_000,
    client: { reconnectAfterInactivityMs: 30_000 },
  },
  errorFormatter: ({ shape, error }) => formatError(error, shape),
});

/** Calls procedures without HTTP, for tests and server-side callers. */
export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

/* 3. PROCEDURES */

/** Coded refusals (domain, db, workflow, api) leave as 4xx with `data.code`, not as a 500. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error);
  return result;
});

/**
 * Every procedure passes the matrix gate: unknown paths are refused, public ones pass, the rest
 * need a live session and a role the matrix allows for the path.
 */
const base = t.procedure
  .use(mapErrors)
  .use(async ({ ctx, path, next }) => next({ ctx: { auth: await runGate(await ctx.getSession(), path) } }));

/** Open to anyone (the matrix marks the path 'public'). */
export const publicProcedure = base;

/** Signed in, with a role the matrix allows for this path. */
export const protectedProcedure = base.use(({ ctx, next }) => {
  if (!ctx.auth.principal) throw new DomainError('UNAUTHENTICATED');
  return next({ ctx: { principal: ctx.auth.principal } });
});

/**
 * A procedure whose input names what it touches: after the input is parsed, the scope rules of the
 * matrix pick the acting grant (`ctx.access`), or refuse with OUT_OF_SCOPE. `target` returns null
 * for lists, which then narrow their queries with `ctx.access.grants`.
 */
export function scopedProcedure<S extends z.ZodType>(
  schema: S,
  target: (input: z.output<S>) => TargetRef | null,
) {
  return protectedProcedure.input(schema).use(async ({ ctx, input, next }) => {
    const access: Access = await checkScope(
      ctx.db,
      ctx.principal,
      ctx.auth.grants,
      target(input as z.output<S>),
    );
    return next({ ctx: { access } });
  });
}
