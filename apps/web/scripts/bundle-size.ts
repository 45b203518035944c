import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  /** The entry chunk, relative to dist (e.g. assets/index-B81RsBCD.js). */
  file: string;
  raw: number;
  gzip: number;
}

const defaultDist = fileURLToPath(new URL('../dist', import.meta.url));

/**
 * Size of the main JS chunk of a production build: the module script index.html loads first (the
 * screens are separate chunks loaded on navigation). Gzip at level 9, as Vite's own report.
 */
export function bundleSize(distDir: string = defaultDist): BundleSize {
  const indexHtml = path.join(distDir, 'index.html');
  if (!existsSync(indexHtml))
    throw new Error(`${indexHtml} is missing: run \`npm run pnpm -- --filter @thidua/web build\` first`);
  const html = readFileSync(indexHtml, 'utf8');
  const src = /<script[^>]+type="module"[^>]+src="\/?([^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error('index.html loads no module script');
  const bytes = readFileSync(path.join(distDir, src));
  return { file: src, raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

// `npm run pnpm -- --filter @thidua/web bundle-size` (add --build to build first).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--build')) {
    const { build } = await import('vite');
    await build({ root: fileURLToPath(new URL('..', import.meta.url)), logLevel: 'warn' });
  }
  const size = bundleSize();
  console.log(
    `main chunk ${size.file}: raw ${size.raw} B (${kb(size.raw)}), gzip ${size.gzip} B (${kb(size.gzip)})`,
  );
}
