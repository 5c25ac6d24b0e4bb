import type { CatalogIndex } from './catalog-index.js';
import { resolveFilter, type ResolvedFilter } from './filter.js';
import { findMatches, type LookupOptions, type LookupResult } from './matches.js';
import type { Query, Reading } from './readings.js';
import { explainValue, type StructureNote } from './structure.js';
import { suggestNames } from './suggest.js';

export type { LookupOptions, LookupResult } from './matches.js';

/**
 * All matches of every reading of `query`, and when there are none, what can still be said: the
 * structure of each number (explanations) and near-miss names (suggestions). Never throws for text:
 * an unknown code, or text that is no code at all, gives a result without matches. Throws only for
 * misuse (a query that is not text or an exact integer, a filter or context that names nothing in the catalog).
 */
export function lookupQuery(index: CatalogIndex, query: Query, options: LookupOptions = {}): LookupResult {
  const result = findMatches(index, query, options);
  return result.matches.length === 0 ? explainNoMatch(index, result, options) : result;
}

/** Fills in explanations and suggestions of a result without matches (findMatches leaves them empty). */
export function explainNoMatch(index: CatalogIndex, result: LookupResult, options: LookupOptions = {}): LookupResult {
  result.explanations = explain(index, result.readings, resolveFilter(index, options));
  const name = result.readings.find((r) => r.type === 'name');
  result.suggestions = name ? suggestNames(index, name.name) : [];
  return result;
}

function explain(index: CatalogIndex, readings: readonly Reading[], filter: ResolvedFilter): StructureNote[] {
  const notes: StructureNote[] = [];
  for (const r of readings) {
    if (r.type !== 'number') continue;
    for (const note of explainValue(index, r.value)) {
      if (filter.sdk !== undefined && note.range.sdk !== filter.sdk) continue;
      if (filter.vendor !== undefined && note.range.vendor !== filter.vendor) continue;
      notes.push(note);
    }
  }
  return notes;
}
