import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';
// By path, not as @thidua/api/client: Vite bundles the relative imports of its config, while a
// package import would be left to Node, which does not read TypeScript.
import { type FirstScreen, firstScreens, pageFileOf } from '../../../packages/api/src/http/first-queries';
import { firstLoadRoutes } from './bundle-size';

/**
 * Copies of index.html that also ask for the code (and styles) of the screen a visit most likely
 * opens first, so it downloads alongside the entry instead of after it has run. The API picks one
 * per request (apps/api/src/web-app.ts): signed out, the sign-in form; signed in at one of
 * `firstScreens`, the shell and that screen; signed in elsewhere, the shell.
 */
export const htmlVariants: Record<string, readonly string[]> = {
  'index.html': firstLoadRoutes.signIn,
  [pageFileOf('shell')]: ['src/layout/app-layout.tsx'],
  ...Object.fromEntries(
    (Object.keys(firstScreens) as FirstScreen[]).map((screen) => [
      pageFileOf(screen),
      firstLoadRoutes[screen],
    ]),
  ),
};

/** The files a chunk needs before it runs: itself, its static imports, their styles. */
function closure(bundle: Rolldown.OutputBundle, start: Rolldown.OutputChunk, into: Set<string>): void {
  if (into.has(start.fileName)) return;
  into.add(start.fileName);
  for (const css of start.viteMetadata?.importedCss ?? []) into.add(css);
  for (const file of start.imports) {
    const chunk = bundle[file];
    if (chunk?.type === 'chunk') closure(bundle, chunk, into);
  }
}

export function firstScreenPages(): Plugin {
  let root = '';
  return {
    name: 'thidua-first-screens',
    apply: 'build',
    // After Vite has written its index.html into the bundle.
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string') {
        this.error('index.html is not in the bundle');
      }
      const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) this.error('the bundle has no entry chunk');
      const withEntry = new Set<string>();
      closure(bundle, entry, withEntry);
      const page = html.source;
      for (const [fileName, modules] of Object.entries(htmlVariants)) {
        const files = new Set<string>();
        for (const module of modules) {
          const chunk = chunks.find((c) => c.facadeModuleId === path.join(root, module));
          if (!chunk) this.error(`no chunk starts at ${module}`);
          closure(bundle, chunk, files);
        }
        const links = [...files]
          .filter((file) => !withEntry.has(file))
          .map((file) =>
            file.endsWith('.css')
              ? `<link rel="stylesheet" crossorigin href="/${file}">`
              : `<link rel="modulepreload" crossorigin href="/${file}">`,
          );
        const source = page.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
        if (fileName === 'index.html') html.source = source;
        else this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}
