import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export interface HttpMetrics {
  registry: Registry;
  /** Counts and times every request by method, route pattern (never the raw path) and status. */
  middleware: MiddlewareHandler;
  /** GET /metrics in the Prometheus text format. */
  handler: MiddlewareHandler;
}

export function createHttpMetrics(): HttpMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests served, by method, route and status.',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route and status.',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  return {
    registry,
    middleware: async (c, next) => {
      const started = process.hrtime.bigint();
      try {
        await next();
      } finally {
        // The pattern of the handler that answered ('/api/trpc/*', '/readyz', '*'), never the raw path, so
        // label values stay few. After next() the route index points at that handler.
        const labels = { method: c.req.method, route: routePath(c), status: String(c.res.status) };
        requests.inc(labels);
        duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      }
    },
    handler: async (c) => c.body(await registry.metrics(), 200, { 'content-type': registry.contentType }),
  };
}
