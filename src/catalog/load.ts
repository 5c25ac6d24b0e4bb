import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from './schema.js';
import { AvcodesError } from '../errors.js';

/** Where `npm run build` writes the catalog: dist/catalog.json beside the compiled code. */
export function builtCatalogPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // Compiled: dist/catalog/load.js → dist/catalog.json. Under tsx: src/catalog/load.ts → dist/catalog.json.
  const root = join(here, '..', '..');
  return here.includes(`${join('dist', 'catalog')}`) ? join(here, '..', 'catalog.json') : join(root, 'dist', 'catalog.json');
}

let cached: Catalog | null = null;

/** The built-in catalog, parsed once per process. Run `npm run build` first when working from src/. */
export function loadCatalog(path = builtCatalogPath()): Catalog {
  if (path === builtCatalogPath() && cached) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : `cannot be read (${(err as Error).message})`;
    throw new AvcodesError('catalog_missing', `the catalog ${why} at ${path}; run \`npm run build\``);
  }
  const catalog = JSON.parse(text) as Catalog;
  if (path === builtCatalogPath()) cached = catalog;
  return catalog;
}
