import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * Serves the built SPA: real files first, then index.html for any other GET outside /api so client-side
 * routes survive a reload. Hashed assets are cached for good; index.html never is. Text files go out
 * as the build compressed them (brotli, else gzip) to browsers that accept it.
 */
export function mountWebApp(app: Hono, distDir: string): void {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.get('*', (c, next) =>
      c.req.path.startsWith('/api/')
        ? next()
        : c.text(
            'The web app is not built: run `npm run pnpm -- --filter @thidua/web build`, then restart.',
            503,
          ),
    );
    return;
  }
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('cache-control', 'public, max-age=31536000, immutable');
  });
  app.use('*', async (c, next) => {
    await next();
    if (c.res.headers.get('content-encoding')) c.header('vary', 'accept-encoding');
  });
  app.use('*', serveStatic({ root: distDir, precompressed: true }));
  const indexHtml = serveStatic({ path: indexFile, precompressed: true });
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    c.header('cache-control', 'no-cache');
    return indexHtml(c, next);
  });
}
