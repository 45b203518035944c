import {
  ACTION_KEY_HEADER,
  actionKeyMalformed,
  batchRefused,
  bodyLimitOf,
  CSRF_HEADER,
  checkCsrf,
  httpError,
  MAX_JSON_DEPTH,
  nestsDeeperThan,
  procedurePaths,
} from '@thidua/api';
import { DomainError, type ErrorCode } from '@thidua/domain';
import type { MiddlewareHandler } from 'hono';

/**
 * Every unsafe request under /api needs `x-thidua-csrf: 1` (and a same-site Origin when the browser
 * sends one). Cookies go with cross-site form posts; this header cannot.
 */
export function csrfGuard(allowedOrigins: readonly string[] = []): MiddlewareHandler {
  return async (c, next) => {
    const verdict = checkCsrf(c.req.raw, { allowedOrigins });
    if (!verdict.ok) {
      return c.json(
        {
          error: {
            code: 'CSRF_REJECTED',
            message: `Yêu cầu bị từ chối vì không đến từ ứng dụng Thi đua (thiếu tiêu đề ${CSRF_HEADER} hoặc sai nguồn gốc).`,
          },
        },
        403,
      );
    }
    await next();
  };
}

function refusal(code: ErrorCode): Response {
  const { status, body } = httpError(new DomainError(code));
  return Response.json(body, { status });
}

/** The body as text, or undefined as soon as it passes `limit` bytes (declared or streamed). */
async function readLimited(request: Request, limit: number): Promise<string | undefined> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A tRPC request checked before tRPC parses it: a batch with a password check is refused, the body
 * is read up to its limit (small for the public sign-in) and refused when it nests too deep. The
 * answer is either the refusal or the request to hand to tRPC (its body already read).
 */
export async function guardTrpcRequest(request: Request): Promise<Response | Request> {
  const url = new URL(request.url);
  const paths = procedurePaths(url.pathname);
  if (actionKeyMalformed(request.headers)) return refusal('INVALID_ACTION_KEY');
  if (batchRefused(paths, request.headers.has(ACTION_KEY_HEADER))) return refusal('BATCH_NOT_ALLOWED');
  const input = url.searchParams.get('input');
  if (input && nestsDeeperThan(input, MAX_JSON_DEPTH)) return refusal('REQUEST_TOO_DEEP');
  if (request.method !== 'POST') return request;
  const body = await readLimited(request, bodyLimitOf(paths));
  if (body === undefined) return refusal('REQUEST_TOO_LARGE');
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) return refusal('REQUEST_TOO_DEEP');
  return new Request(request.url, { method: request.method, headers: request.headers, body });
}

/**
 * The web app's policy: scripts and everything else from this origin only, never inline script;
 * inline styles are allowed (the UI library writes its theme variables into a style element).
 * No site may frame the app.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers on every answer, the web app's and the API's. A route that set its own policy keeps it
 * (downloads are sandboxed). HSTS only when the request came over TLS (or a trusted proxy says so):
 * a browser ignores it over plain HTTP, and a local start must stay reachable over it.
 */
export function securityHeaders(isSecure: (request: Request) => boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    const setDefault = (name: string, value: string) => {
      if (!headers.has(name)) headers.set(name, value);
    };
    setDefault('content-security-policy', CONTENT_SECURITY_POLICY);
    setDefault('x-content-type-options', 'nosniff');
    setDefault('x-frame-options', 'DENY');
    setDefault('referrer-policy', 'no-referrer');
    setDefault('cross-origin-opener-policy', 'same-origin');
    setDefault('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (isSecure(c.req.raw)) setDefault('strict-transport-security', 'max-age=31536000; includeSubDomains');
  };
}
