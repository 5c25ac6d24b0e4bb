import type { CatalogIndex } from './catalog-index.js';
import { InvalidQueryError, UnknownFilterError } from './errors.js';
import { matchesFilter, resolveFilter, resolveSdk, resolveVendor, type EntryFilter, type ResolvedFilter } from './filter.js';
import { rankMatches, rankReadings, scoreMatch, type ContextHint, type Match } from './rank.js';
import { readingsOf, type Reading } from './readings.js';
import { explainValue, type StructureNote } from './structure.js';
import { suggestNames } from './suggest.js';

export interface LookupOptions extends EntryFilter {
  /** The SDK or vendor the caller is in (`{ sdk: 'kvs' }`, or just `'tencent'`): its matches rank first. */
  context?: ContextHint | string;
}

export interface LookupResult {
  /** The query as given. */
  query: string;
  /** Every reading of the query, in the order of their best match; readings without a match last. */
  readings: Reading[];
  /** Every match, grouped by reading (in `readings` order), best first within a reading. */
  matches: Match[];
  /** When nothing matched: what the shape of each number says (library, range, errno…). */
  explanations: StructureNote[];
  /** When nothing matched and the query reads as a name: catalog names a few edits away. */
  suggestions: string[];
}

/**
 * All matches of every reading of `query`. Never throws for text: an unknown code, or text that is
 * no code at all, gives a result without matches. Throws only for misuse (a query that is not a
 * string, a filter or context that names nothing in the catalog).
 */
export function lookupQuery(index: CatalogIndex, query: string, options: LookupOptions = {}): LookupResult {
  if (typeof query !== 'string') throw new InvalidQueryError('not-text', `a query must be text, not ${query === null ? 'null' : typeof query}`);
  const filter = resolveFilter(index, options);
  const hint = resolveContext(index, options.context);
  const readings = readingsOf(query);
  const matches: Match[] = [];
  const seen = new Set<string>();
  const add = (entry: Match['entry'], reading: Reading, via: Match['via'], misprint?: Match['misprint']) => {
    // An entry reached by two readings is shown once, under the first (as written beats twins).
    if (seen.has(entry.id) || !matchesFilter(entry, filter)) return;
    seen.add(entry.id);
    const match: Match = { entry, reading, via, score: scoreMatch(index, entry, reading, via, hint) };
    if (misprint) match.misprint = misprint;
    matches.push(match);
  };
  for (const reading of readings) {
    if (reading.type === 'name') {
      for (const e of index.byName(reading.name)) add(e, reading, 'name');
      for (const e of index.byAlias(reading.name)) add(e, reading, 'alias');
    } else {
      for (const e of index.byValue(reading.value)) add(e, reading, 'value');
      const printed = index.byMisprint(reading.value);
      if (printed.length > 0) {
        const text = reading.value.toString();
        for (const e of printed) add(e, reading, 'misprint', e.misprints.find((m) => m.value === text));
      }
    }
  }
  rankMatches(matches);
  const ranked = rankReadings(readings, matches);
  const grouped = ranked.length > 1 ? ranked.flatMap((r) => matches.filter((m) => m.reading === r)) : matches;
  const result: LookupResult = { query, readings: ranked, matches: grouped, explanations: [], suggestions: [] };
  if (grouped.length === 0) {
    result.explanations = explain(index, readings, filter);
    const name = readings.find((r) => r.type === 'name');
    if (name) result.suggestions = suggestNames(index, name.name);
  }
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

/** A context hint resolved to catalog values; a string is an SDK if it names one, else a vendor. */
export function resolveContext(index: CatalogIndex, context: LookupOptions['context']): ContextHint | undefined {
  if (context === undefined) return undefined;
  const { sdks, vendors } = index.facets;
  if (typeof context === 'string') {
    try {
      return { sdk: resolveSdk(sdks, context, 'context') };
    } catch {
      try {
        return { vendor: resolveVendor(vendors, context, 'context') };
      } catch {
        throw new UnknownFilterError('context', context, [...sdks, ...vendors]);
      }
    }
  }
  const hint: ContextHint = {};
  if (context.sdk !== undefined) hint.sdk = resolveSdk(sdks, context.sdk, 'context sdk');
  if (context.vendor !== undefined) hint.vendor = resolveVendor(vendors, context.vendor, 'context vendor');
  return hint;
}
