import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type FirstScreen, firstScreenOf, firstScreens, pageFileOf, readSessionToken } from '@thidua/api';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

/**
 * The copies of index.html the build writes (apps/web/scripts/first-screens.ts), each also asking for
 * the code of the screen the visit most likely opens: signed in, the shell and (at one of
 * `firstScreens`) that screen; signed out, or on the sign-in page, the sign-in form. A stale cookie
 * only costs the download of a screen not shown.
 */
const PAGES = [
  'index.html',
  pageFileOf('shell'),
  ...(Object.keys(firstScreens) as FirstScreen[]).map(pageFileOf),
];

const signedIn = (c: Context) =>
  c.req.path !== '/sign-in' && readSessionToken(c.req.header('cookie')) !== undefined;

export interface WebAppOptions {
  /**
   * The answers to the first queries of a signed-in screen, as the page element that carries them
   * (see @thidua/api firstAnswers); undefined when there are none.
   */
  firstAnswers?: (c: Context) => Promise<string | undefined>;
}

/**
 * Serves the built SPA: real files first, then index.html (or one of its copies, see PAGES) for any
 * other GET outside /api so client-side routes survive a reload. A signed-in visit's page also
 * carries the answers to its screen's first queries. Hashed assets are cached for good; the pages
 * never are. Text files go out as the build compressed them (brotli, else gzip) to browsers that
 * accept it; a page with answers is compressed as it is sent.
 */
export function mountWebApp(app: Hono, distDir: string, options: WebAppOptions = {}): void {
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
  const pages = new Map(
    PAGES.map((name) => {
      const file = pageFile(name);
      const serve = serveStatic({ path: file, precompressed: true });
      return [name, { html: readFileSync(file, 'utf8'), serve }] as const;
    }),
  );
  const page: MiddlewareHandler = async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    c.header('cache-control', 'private, no-cache');
    c.header('vary', 'cookie', { append: true });
    const signed = signedIn(c);
    const name = signed ? pageFileOf(firstScreenOf(c.req.path) ?? 'shell') : 'index.html';
    const chosen = pages.get(name) as { html: string; serve: MiddlewareHandler };
    const answers = signed ? await options.firstAnswers?.(c) : undefined;
    if (!answers) return chosen.serve(c, next);
    return c.html(chosen.html.replace('</body>', `${answers}\n  </body>`));
  };
  // "/" before the files: their middleware would answer it with index.html.
  app.get('/', compress(), page);
  app.use('*', serveStatic({ root: distDir, precompressed: true }));
  app.get('*', compress(), page);
}
