import { loadCatalog } from '../catalog/load.js';
import { CatalogIndex } from './catalog-index.js';

let index: CatalogIndex | null = null;

/**
 * The index of the catalog built into the package (dist/catalog.json), made on first use and shared
 * by the library and the CLI. Kept apart from Codebook so that a lookup loads no search engine.
 */
export function builtInIndex(): CatalogIndex {
  return (index ??= new CatalogIndex(loadCatalog()));
}
