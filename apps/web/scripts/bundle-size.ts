import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** What a browser downloads before a screen can show: JS and CSS, raw and gzipped (level 9). */
export interface FirstLoad {
  /** The files, relative to dist (e.g. assets/index-B81RsBCD.js). */
  files: string[];
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** The screens whose first load has a budget, by the source modules their route loads. */
export const firstLoadRoutes = {
  /** The sign-in page: the shell and the sign-in form. */
  signIn: ['src/features/auth/sign-in-page.tsx'],
  /** A signed-in person's inbox: the shell, the header and menu, the inbox. */
  inbox: ['src/layout/app-layout.tsx', 'src/features/inbox/inbox-page.tsx'],
  /** A unit's self-assessment: the shell, the sheet and its totals. */
  selfAssessment: ['src/layout/app-layout.tsx', 'src/features/self-assessment/self-assessment-page.tsx'],
} as const;

const defaultDist = fileURLToPath(new URL('../dist', import.meta.url));

/**
 * The first load of a route in a production build: index.html's entry chunk, the route's lazy
 * chunks, every chunk they import statically and their CSS, read from Vite's manifest.
 */
export function firstLoad(routeModules: readonly string[], distDir: string = defaultDist): FirstLoad {
  const manifestFile = path.join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile))
    throw new Error(`${manifestFile} is missing: run \`npm run pnpm -- --filter @thidua/web build\` first`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build's manifest has no chunk for ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of ['index.html', ...routeModules]) visit(key);
  const out: FirstLoad = { files: [...files], js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  for (const file of files) {
    const bytes = readFileSync(path.join(distDir, file));
    const sum = file.endsWith('.css') ? out.css : out.js;
    sum.raw += bytes.byteLength;
    sum.gzip += gzipSync(bytes, { level: 9 }).byteLength;
  }
  return out;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

// `npm run pnpm -- --filter @thidua/web bundle-size` (add --build to build first).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--build')) {
    const { build } = await import('vite');
    await build({ root: fileURLToPath(new URL('..', import.meta.url)), logLevel: 'warn' });
  }
  for (const [route, modules] of Object.entries(firstLoadRoutes)) {
    const load = firstLoad(modules);
    console.log(
      `${route}: ${load.files.length} files; JS ${kb(load.js.raw)} (gzip ${kb(load.js.gzip)}), CSS ${kb(load.css.raw)} (gzip ${kb(load.css.gzip)})`,
    );
  }
}
