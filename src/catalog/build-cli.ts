import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AvcodesError } from '../errors.js';
import { BuildError, buildCatalog } from './build.js';
import { writeLookupIndex } from './build-lookup-index.js';
import { checkScanKnowledge } from '../scan/knowledge-check.js';
import { ContextWordsSchema, RulesFileSchema } from '../scan/knowledge-schema.js';
import { CatalogSchema } from './schema.js';

/** The JSON Schemas published in schema/: the catalog's and those of the hand-made data the scanner reads. */
const PUBLISHED = { 'catalog.schema.json': CatalogSchema, 'context-words.schema.json': ContextWordsSchema, 'diagnosis-rules.schema.json': RulesFileSchema };

/**
 * `npm run build` step: sources → dist/catalog.json and its lookup index, the scanner's data checked against its
 * schemas and the catalog, and the published JSON Schemas.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
try {
  const started = performance.now();
  const { catalog, defects } = buildCatalog({ root });
  const knowledge = checkScanKnowledge(root, catalog);
  if (knowledge.length > 0) throw new BuildError(knowledge);
  mkdirSync(join(root, 'dist'), { recursive: true });
  const catalogText = JSON.stringify(catalog) + '\n';
  writeFileSync(join(root, 'dist', 'catalog.json'), catalogText);
  // The CLI's single lookups read this instead of the whole catalog (src/lookup/lookup-index.ts).
  writeLookupIndex(catalog, Buffer.byteLength(catalogText), join(root, 'dist', 'lookup-index'));
  writeFileSync(join(root, 'dist', 'defects.json'), JSON.stringify(defects, null, 1) + '\n');
  mkdirSync(join(root, 'schema'), { recursive: true });
  for (const [file, schema] of Object.entries(PUBLISHED)) writeFileSync(join(root, 'schema', file), JSON.stringify(z.toJSONSchema(schema), null, 2) + '\n');
  const ms = (performance.now() - started).toFixed(0);
  process.stderr.write(`avcodes: built ${catalog.entries.length} entries from ${catalog.sources.length} sources (${defects.length} defects, all in errata) in ${ms} ms\n`);
} catch (err) {
  // Every build failure is an AvcodesError naming its file (and line or JSON path): one message, no stack.
  if (err instanceof AvcodesError) {
    process.stderr.write(`avcodes: ${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
