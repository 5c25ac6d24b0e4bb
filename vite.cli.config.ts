import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/*
 * The `avcodes` bin: dist/cli/start.js (compiled by tsc) and the lookup code it imports, bundled
 * into one CommonJS file, dist/cli/avcodes.cjs. A plain lookup then starts the way `node -e 0`
 * does — no ES module loader, no twenty module resolutions — which bench/lookup.ts measures.
 * - What only a query without a match needs (ranges, name suggestions, the JSON writer) goes into
 *   chunks required on demand (avcodes-lookup.cjs, avcodes-json.cjs), so the bin stays small to compile.
 * - minisearch is bundled (its SearchableMap, for suggestions): as an external, the CommonJS
 *   output would require it at start for every lookup.
 * - main.js (every other command) stays outside, imported as the ES module it is.
 */
export default defineConfig({
  logLevel: 'warn',
  ssr: { noExternal: ['minisearch'] },
  build: {
    ssr: here('./dist/cli/start.js'),
    outDir: here('./dist/cli'),
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    copyPublicDir: false,
    rollupOptions: {
      external: ['./main.js'],
      output: { format: 'cjs', entryFileNames: 'avcodes.cjs', chunkFileNames: 'avcodes-[name].cjs' },
    },
  },
});
