import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page is plain TypeScript and CSS under src/web, built into dist/web, which `avcodes serve`
// serves. Nothing is inlined: the server's Content-Security-Policy allows scripts and styles
// only from the page's own origin.
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  base: '/',
  publicDir: 'public',
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    // `npx vite` for work on the page, with `avcodes serve` answering the API on 8080.
    proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' },
  },
});
