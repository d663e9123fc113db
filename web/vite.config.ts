// Builds the page to dist/web/, which `crosscheck serve` serves. A relative base lets the server
// mount it under any path; everything (world map included) is bundled: no CDN, no network.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// `npx vite -c web/vite.config.ts` serves the page with hot reload and passes API calls to a
// running `crosscheck serve` (CROSSCHECK_API, default http://127.0.0.1:8080).
const api = process.env['CROSSCHECK_API'] ?? 'http://127.0.0.1:8080';
const API_ROUTES = ['/articles', '/claims', '/groups', '/conflicts', '/sources', '/health', '/openapi.json'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  server: { proxy: Object.fromEntries(API_ROUTES.map((route) => [route, api])) },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Keep every asset a file: a data: URL or inline script would need a looser CSP (web/CSP.md).
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
