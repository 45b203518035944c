import { getConnInfo } from '@hono/node-server/conninfo';
import {
  type ApiServices,
  appRouter,
  authenticate,
  createTRPCContext,
  firstAnswers,
  firstAnswersElement,
} from '@thidua/api';
import type { Logger } from '@thidua/config';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { type Context, Hono } from 'hono';
import { compress } from 'hono/compress';
import { requestFacts } from './forwarded';
import { checkReadiness, type ReadinessCheck } from './readiness';
import { requestLog } from './request-log';
import { mountApiRoutes } from './routes';
import { guardTrpcRequest, securityHeaders } from './routes/security';
import { mountWebApp } from './web-app';

export interface ApiServerDeps {
  logger: Logger;
  services: ApiServices;
  /** What /readyz verifies, by name (database, temporal, worker). */
  readiness: Record<string, ReadinessCheck>;
  /** The built web app; omitted for an API-only server. */
  webDistDir?: string;
  /** Tracing and metrics middleware (@thidua/telemetry), added before anything else. */
  instrument?: (app: Hono) => void;
  /** Behind a TLS-terminating proxy: believe its X-Forwarded-Proto / -For (see forwarded.ts). */
  trustProxy?: boolean;
}

/**
 * A JSON answer is whole once tRPC returns it: with its length stated, the compressor leaves the small
 * ones (most steps answer in a few dozen bytes) as they are instead of running gzip on each. Event
 * streams keep flowing as they are written.
 */
async function withLength(response: Response): Promise<Response> {
  if (!response.body || !response.headers.get('content-type')?.startsWith('application/json'))
    return response;
  const body = await response.arrayBuffer();
  const sized = new Response(body, response);
  sized.headers.set('content-length', String(body.byteLength));
  return sized;
}

/** The peer address (for sign-in throttling); absent when the app runs without a socket, as in tests. */
function clientAddress(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/** A signed-in admin (never fails: a probe without a session, or a database down, is simply not one). */
async function isOperator(services: ApiServices, headers: Headers): Promise<boolean> {
  if (!headers.get('cookie')) return false;
  try {
    const principal = await authenticate(services, headers);
    return principal.grants.some((grant) => grant.role === 'admin');
  } catch {
    return false;
  }
}

/** The HTTP surface: tRPC under /api/trpc, probes, and the web app. No listening here (see server.ts). */
export function createApiServer(deps: ApiServerDeps): Hono {
  const app = new Hono();
  const trustProxy = deps.trustProxy ?? false;
  deps.instrument?.(app);
  app.use(requestLog(deps.logger));
  app.use(securityHeaders((request) => requestFacts(request, null, trustProxy).secure));

  app.get('/healthz', (c) => c.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }));
  app.get('/readyz', async (c) => {
    const report = await checkReadiness(deps.readiness);
    // What failed and why (versions, messages) is for a signed-in admin; probes need the status only.
    const detailed = await isOperator(deps.services, c.req.raw.headers);
    const checks = detailed
      ? report.checks
      : Object.fromEntries(Object.entries(report.checks).map(([name, check]) => [name, { ok: check.ok }]));
    return c.json({ status: report.ready ? 'ready' : 'not ready', checks }, report.ready ? 200 : 503);
  });

  // The CSRF guard for /api, and the file routes (downloads, uploads).
  mountApiRoutes(app, { services: deps.services, logger: deps.logger });

  // Answers travel gzip-compressed to a browser that accepts it: JSON shrinks to a fifth or less,
  // which a provincial line feels (event streams and files are left as they are).
  app.use('/api/trpc/*', compress());
  app.all('/api/trpc/*', async (c) => {
    // Batches, size and nesting are checked before tRPC parses anything.
    const request = await guardTrpcRequest(c.req.raw);
    if (request instanceof Response) return request;
    const response = await fetchRequestHandler({
      endpoint: '/api/trpc',
      req: request,
      router: appRouter,
      createContext: ({ req, resHeaders }) =>
        createTRPCContext({
          headers: req.headers,
          resHeaders,
          services: deps.services,
          ...requestFacts(req, clientAddress(c), trustProxy),
        }),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          deps.logger.error({ err: error, path }, 'tRPC procedure failed');
      },
    });
    return withLength(response);
  });
  app.all('/api/*', (c) => c.json({ error: 'not found' }, 404));

  if (deps.webDistDir) {
    mountWebApp(app, deps.webDistDir, {
      firstAnswers: async (c) => {
        const answers = await firstAnswers(c.req.path, {
          headers: c.req.raw.headers,
          services: deps.services,
          ...requestFacts(c.req.raw, clientAddress(c), trustProxy),
        });
        return answers.length ? firstAnswersElement(answers) : undefined;
      },
    });
  }
  return app;
}
