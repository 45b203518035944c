import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress';

// In development the API runs on its own port; the browser still calls same-origin /api.
const apiUrl = process.env.THIDUA_API_URL ?? `http://127.0.0.1:${process.env.THIDUA_PORT ?? '3000'}`;

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    proxy: { '/api': { target: apiUrl, changeOrigin: true } },
  },
  // The manifest tells the first-load budget (scripts/bundle-size.ts) which chunks a route loads.
  build: { outDir: 'dist', emptyOutDir: true, manifest: true },
});
