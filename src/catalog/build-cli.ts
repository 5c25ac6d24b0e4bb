import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BuildError, buildCatalog } from './build.js';
import { CatalogSchema } from './schema.js';

/** `npm run build` step: sources → dist/catalog.json, plus the published JSON Schema. */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
try {
  const started = performance.now();
  const { catalog, defects } = buildCatalog({ root });
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist', 'catalog.json'), JSON.stringify(catalog) + '\n');
  writeFileSync(join(root, 'dist', 'defects.json'), JSON.stringify(defects, null, 1) + '\n');
  mkdirSync(join(root, 'schema'), { recursive: true });
  writeFileSync(join(root, 'schema', 'catalog.schema.json'), JSON.stringify(z.toJSONSchema(CatalogSchema), null, 2) + '\n');
  const ms = (performance.now() - started).toFixed(0);
  process.stderr.write(`avcodes: built ${catalog.entries.length} entries from ${catalog.sources.length} sources (${defects.length} defects, all in errata) in ${ms} ms\n`);
} catch (err) {
  if (err instanceof BuildError) {
    process.stderr.write(`avcodes: ${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
