/**
 * CSRF defence for cookie-authenticated writes. A browser sends a custom header cross-origin only
 * after a CORS preflight, which this server never grants; so requiring `x-thidua-csrf: 1` on every
 * unsafe request stops forged form posts and fetches. The Origin check (when the browser sends one)
 * is a second lock.
 */
export const CSRF_HEADER = 'x-thidua-csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfOptions {
  /** Extra origins allowed besides the server's own, e.g. the Vite dev server. */
  allowedOrigins?: readonly string[];
}

export type CsrfVerdict =
  | { ok: true }
  | { ok: false; reason: 'missingHeader' | 'foreignOrigin' | 'crossSite' };

export function checkCsrf(
  request: { method: string; url: string; headers: Headers },
  options: CsrfOptions = {},
): CsrfVerdict {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { ok: true };
  if (request.headers.get(CSRF_HEADER) !== '1') return { ok: false, reason: 'missingHeader' };
  if (request.headers.get('sec-fetch-site') === 'cross-site') return { ok: false, reason: 'crossSite' };
  const origin = request.headers.get('origin');
  if (origin === null) return { ok: true };
  if (options.allowedOrigins?.includes(origin)) return { ok: true };
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return { ok: false, reason: 'foreignOrigin' }; // "null" (sandboxed frames, file://) included
  }
  const host = request.headers.get('host') ?? new URL(request.url).host;
  if (originHost === host) return { ok: true };
  // A dev proxy (Vite) rewrites Host but not Origin; both ends on this machine is still same-site.
  return isLoopback(originHost) && isLoopback(host) ? { ok: true } : { ok: false, reason: 'foreignOrigin' };
}

function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '');
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
}
