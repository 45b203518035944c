import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { readSessionToken } from '@thidua/api';
import type { Context, Hono, MiddlewareHandler } from 'hono';

/**
 * The copies of index.html the build writes (apps/web/scripts/first-screens.ts), each also asking for
 * the code of the screen the visit most likely opens first: signed in at "/", the shell and the
 * inbox; signed in elsewhere, the shell; signed out (or on the sign-in page), the sign-in form.
 * A stale cookie only costs the download of a screen not shown.
 */
const PAGES = ['index.html', 'index.inbox.html', 'index.shell.html'] as const;

function pageFor(c: Context): (typeof PAGES)[number] {
  if (c.req.path === '/sign-in' || !readSessionToken(c.req.header('cookie'))) return 'index.html';
  return c.req.path === '/' ? 'index.inbox.html' : 'index.shell.html';
}

/**
 * Serves the built SPA: real files first, then index.html (or one of its copies, see pageFor) for any
 * other GET outside /api so client-side routes survive a reload. Hashed assets are cached for good;
 * the pages never are. Text files go out as the build compressed them (brotli, else gzip) to browsers
 * that accept it.
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
  // A build without the copies answers index.html everywhere.
  const pageFile = (name: string) =>
    existsSync(path.join(distDir, name)) ? path.join(distDir, name) : indexFile;
  const pages = Object.fromEntries(
    PAGES.map((name) => [name, serveStatic({ path: pageFile(name), precompressed: true })]),
  ) as Record<(typeof PAGES)[number], MiddlewareHandler>;
  const page: MiddlewareHandler = (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    c.header('cache-control', 'no-cache');
    c.header('vary', 'cookie', { append: true });
    return pages[pageFor(c)](c, next);
  };
  // "/" before the files: their middleware would answer it with index.html.
  app.get('/', page);
  app.use('*', serveStatic({ root: distDir, precompressed: true }));
  app.get('*', page);
}
