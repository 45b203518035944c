import type { Logger } from '@thidua/config';
import type { MiddlewareHandler } from 'hono';

/** Probes are polled every few seconds, and a 503 from /readyz is their normal answer while starting. */
const isProbe = (path: string) => path === '/healthz' || path === '/readyz';

/** An answer slower than this is worth a line at the production level even when it succeeded. */
const SLOW_REQUEST_MS = 1_000;

/**
 * One structured line per request: method, path, status, duration. Never headers (cookies, tokens).
 * Successful quick answers are debug: at info, a busy replica would spend a synchronous write per
 * request on lines that say nothing the request metrics (`http_requests_total`,
 * `http_request_duration_seconds`) do not. Slow answers, refusals and failures stay visible.
 */
export function requestLog(logger: Logger, slowMs = SLOW_REQUEST_MS): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const path = c.req.path;
    const ms = Math.round(performance.now() - started);
    const level = isProbe(path)
      ? 'debug'
      : status >= 500
        ? 'error'
        : status >= 400
          ? 'warn'
          : ms >= slowMs
            ? 'info'
            : 'debug'; // quick successes, the web app's static files among them
    if (!logger.isLevelEnabled(level)) return;
    logger[level]({ method: c.req.method, path, status, ms }, ms >= slowMs ? 'slow request' : 'request');
  };
}
