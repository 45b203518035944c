import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { firstScreenPages } from './scripts/first-screens';
import { precompress } from './scripts/precompress';

// In development the API runs on its own port; the browser still calls same-origin /api.
const apiUrl = process.env.THIDUA_API_URL ?? `http://127.0.0.1:${process.env.THIDUA_PORT ?? '3000'}`;

export default defineConfig({
  plugins: [react(), firstScreenPages(), precompress()],
  server: {
    proxy: { '/api': { target: apiUrl, changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest tells the first-load budget (scripts/bundle-size.ts) which chunks a route loads.
    manifest: true,
    rolldownOptions: {
      // Small shared chunks are copied into the chunks that use them: on a slow line each file is a
      // round trip, and a screen's first load was ~45 files of 1–2 KB. A copy costs a few KiB once.
      preserveEntrySignatures: false,
      output: { codeSplitting: { experimentalInlineCommonChunks: { maxSize: 20 * 1024 } } },
    },
  },
});
