import type { Catalog } from '../../catalog/schema.js';
// The built catalog (dist/catalog.json, already minified), copied into the build under a content
// hash: the page and the scan worker fetch the same URL, so the second fetch comes from the cache.
import catalogUrl from '../../../dist/catalog.json?url';

let pending: Promise<Catalog> | null = null;

/** The catalog, fetched and parsed once per page (or worker). */
export function fetchCatalog(): Promise<Catalog> {
  return (pending ??= (async () => {
    const res = await fetch(new URL(catalogUrl, import.meta.url));
    if (!res.ok) throw new Error(`could not load the catalog (${catalogUrl} answered ${res.status})`);
    return (await res.json()) as Catalog;
  })().catch((err: unknown) => {
    pending = null;
    throw err;
  }));
}
