import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/server/security.ts';
import { formatSiteSize, measureSite } from './src/static-site/budget.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/*
 * One page, two builds from src/web:
 * - `vite build` → dist/web, which `avcodes serve` serves: routes in the path (/code/…), assets from /.
 * - `vite build --mode site` → dist/site, the static site: routes in the hash (index.html#/code/…)
 *   and every URL relative, so it works from any folder of any static host; the CSP in a <meta> tag.
 * Both answer lookups and scan logs in the browser (src/web/engine/). Nothing is inlined: the CSP
 * allows scripts and styles only from the page's own origin.
 */
export default defineConfig(({ mode }) => {
  const site = mode === 'site';
  return {
    root: here('./src/web'),
    base: site ? './' : '/',
    publicDir: 'public',
    define: { __AVCODES_STATIC_SITE__: JSON.stringify(site) },
    resolve: {
      // The scanner and the library import Node built-ins only to read files, which the page never
      // asks them to do (it hands them bytes and the catalog): stand-ins that say so.
      alias: [
        { find: /^node:(fs|stream|zlib|path|url)$/, replacement: here('./src/web/engine/node-stubs.ts') },
        // The scanner reads its data files (data/*.json) at run time; the page gets them bundled.
        { find: /^\.\/knowledge\.js$/, replacement: here('./src/web/engine/knowledge-browser.ts') },
      ],
    },
    worker: { format: 'es' },
    plugins: [sourceDocuments(), ...(site ? [contentSecurityPolicyMeta(), serviceWorker()] : []), sizeReport(site)],
    build: {
      outDir: here(site ? './dist/site' : './dist/web'),
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
  };
});

/** Copies the source documents the catalog cites to sources/…, for the code pages' excerpts. */
function sourceDocuments(): Plugin {
  return {
    name: 'avcodes-source-documents',
    generateBundle() {
      const catalog = JSON.parse(readFileSync(here('./dist/catalog.json'), 'utf8')) as { entries: { sources: { file: string }[] }[] };
      const files = new Set(catalog.entries.flatMap((e) => e.sources.map((s) => s.file)));
      for (const file of [...files].sort()) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(here(`./${file}`)) });
    },
  };
}

/** The server's Content-Security-Policy as a <meta> tag: a static host sends no headers of ours. */
function contentSecurityPolicyMeta(): Plugin {
  // frame-ancestors is ignored in a <meta> tag (the browser says so on the console); only a header can set it.
  const policy = CONTENT_SECURITY_POLICY.filter(([name]) => name !== 'frame-ancestors')
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
  return {
    name: 'avcodes-csp-meta',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

/** sw.js: src/static-site/service-worker.js with the site's files to keep for offline use. */
function serviceWorker(): Plugin {
  return {
    name: 'avcodes-service-worker',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = [
        './',
        ...Object.keys(bundle).filter((f) => !f.startsWith('sources/')),
        ...readdirSync(here('./src/web/public')),
      ].sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(here('./src/static-site/service-worker.js'), 'utf8')
        .replace('/* PRECACHE */ []', JSON.stringify(files.map((f) => (f === './' ? f : `./${f}`))))
        .replace('/* VERSION */', version);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

/** Prints the first-load size after the build; the static site's build fails over the budget. */
function sizeReport(site: boolean): Plugin {
  return {
    name: 'avcodes-size-report',
    closeBundle() {
      const dir = here(site ? './dist/site' : './dist/web');
      const size = measureSite(dir);
      console.log(`\n${site ? 'dist/site (static site)' : 'dist/web (the page avcodes serve serves)'}\n${formatSiteSize(size)}`);
      if (site && !size.withinBudget) throw new Error(`the static site's first load is ${size.firstLoadGzip} bytes gzipped, over its budget of ${size.budget}`);
    },
  };
}
