import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../catalog/load.js';
import { renderConstants } from './generate.js';

/**
 * `npm run build` step, after the catalog: writes the typed constants of dist/catalog.json.
 * - dist/constants/generated/*.js + .d.ts: what the package ships, always from this build's catalog;
 * - src/constants/generated/*.ts (in a checkout): the committed copy, rewritten only when it differs,
 *   so a catalog change shows up as a reviewable diff of the constants (test/lookup-constants checks it).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rendered = renderConstants(loadCatalog());
const files: { name: string; ts: string; js: string; dts: string }[] = [
  ...rendered.modules.map((m) => ({ name: m.file, ts: m.ts, js: m.js, dts: m.dts })),
  { name: 'index', ...rendered.index },
];

const distDir = join(root, 'dist', 'constants', 'generated');
mkdirSync(distDir, { recursive: true });
for (const f of files) {
  writeFileSync(join(distDir, f.name + '.js'), f.js);
  writeFileSync(join(distDir, f.name + '.d.ts'), f.dts);
}

const srcDir = join(root, 'src', 'constants', 'generated');
const changed: string[] = [];
if (existsSync(join(root, 'src'))) {
  mkdirSync(srcDir, { recursive: true });
  for (const f of files) {
    const path = join(srcDir, f.name + '.ts');
    const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (before !== f.ts) {
      writeFileSync(path, f.ts);
      changed.push(relative(root, path));
    }
  }
}
const entries = rendered.modules.map((m) => `${m.exportName} (${m.sdk})`).join(', ');
process.stderr.write(`avcodes: typed constants ${entries}${changed.length ? `; updated ${changed.join(', ')} — commit them` : ''}\n`);
