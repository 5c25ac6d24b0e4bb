import SearchableMap from 'minisearch/SearchableMap';
import { nameKey } from '../notation/written.js';
import type { CatalogIndex } from './catalog-index.js';

/**
 * "Did you mean": catalog names within a few edits of a name that matched nothing
 * (`STATUS_STORE_OUT_OF_MEMROY`), or that start with it (`STATUS_STORE_OUT`). Uses minisearch's
 * radix tree with bounded Levenshtein search instead of comparing against every name.
 */

const maps = new WeakMap<CatalogIndex, SearchableMap<true>>();

function mapOf(index: CatalogIndex): SearchableMap<true> {
  let map = maps.get(index);
  if (!map) {
    map = new SearchableMap<true>();
    for (const name of index.allNames()) map.set(name, true);
    maps.set(index, map);
  }
  return map;
}

/** Up to `limit` names, nearest first (fewest edits, then shortest, then alphabetical). */
export function suggestNames(index: CatalogIndex, name: string, limit = 5): string[] {
  const key = nameKey(name);
  if (key.length < 3) return [];
  const map = mapOf(index);
  // One edit per 5 characters, at least 1, at most 4: near misses, not everything.
  const maxEdits = Math.min(4, Math.max(1, Math.floor(key.length / 5)));
  const found = new Map<string, number>();
  for (const [candidate, [, distance]] of map.fuzzyGet(key, maxEdits)) found.set(candidate, distance);
  if (key.length >= 6) {
    for (const [candidate] of map.atPrefix(key)) if (!found.has(candidate)) found.set(candidate, maxEdits + 1);
  }
  found.delete(key);
  return [...found]
    .sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([n]) => n);
}
