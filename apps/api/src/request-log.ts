import type { Logger } from '@thidua/config';
import type { MiddlewareHandler } from 'hono';

/** Probes are polled every few seconds, and a 503 from /readyz is their normal answer while starting. */
const isProbe = (path: string) => path === '/healthz' || path === '/readyz';

/** One structured line per request: method, path, status, duration. Never headers (cookies, tokens). */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const path = c.req.path;
    const level = isProbe(path)
      ? 'debug'
      : status >= 500
        ? 'error'
        : status >= 400
          ? 'warn'
          : path.startsWith('/api/')
            ? 'info'
            : 'debug'; // static files of the web app
    logger[level](
      { method: c.req.method, path, status, ms: Math.round(performance.now() - started) },
      'request',
    );
  };
}
