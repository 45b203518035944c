import { CSRF_HEADER, checkCsrf } from '@thidua/api';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** tRPC calls are small JSON; anything bigger is refused before it is read. */
const TRPC_BODY_LIMIT_BYTES = 1024 * 1024;

export const trpcBodyLimit = bodyLimit({
  maxSize: TRPC_BODY_LIMIT_BYTES,
  onError: (c) => c.json({ error: { code: 'INVALID_INPUT', message: 'Yêu cầu quá lớn.' } }, 413),
});

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
