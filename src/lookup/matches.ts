import type { EntryLookup } from './catalog-index.js';
import { UnknownFilterError } from './errors.js';
import { matchesFilter, resolveFilter, resolveSdk, resolveVendor, type EntryFilter, type ResolvedFilter } from './filter.js';
import { rankMatches, rankReadings, scoreMatch, type ContextHint, type Match } from './rank.js';
import { notAQuery, queryValue, readingsOf, type Query, type Reading } from './readings.js';
import type { StructureNote } from './structure.js';

/** Filters and a context hint for lookup. @example lookup('1', { sdk: 'kvs' }) */
export interface LookupOptions extends EntryFilter {
  /** The SDK or vendor the caller is in (`{ sdk: 'kvs' }`, or just `'tencent'`): its matches rank first. */
  context?: ContextHint | string;
}

/** Every reading and every match of one query. @example const { readings, matches } = lookup('30000001'); */
export interface LookupResult {
  /** The query as given; a number or bigint as its decimal text. */
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
 * The matches of every reading of `query`, ranked and grouped by reading — without the help for
 * a query that matched nothing (lookup.ts adds that), so a caller that only needs matches loads
 * no range derivation or fuzzy name search. Throws only for misuse, like lookupQuery.
 */
export function findMatches(index: EntryLookup, given: Query, options: LookupOptions = {}): LookupResult {
  let query: string;
  if (typeof given === 'string') query = given;
  else if (typeof given === 'number' || typeof given === 'bigint') query = queryValue(given).toString();
  else throw notAQuery(given);
  const filter = hasFilter(options) ? resolveFilter(index, options) : NO_FILTER;
  const hint = options.context === undefined ? undefined : resolveContext(index, options.context);
  const readings = readingsOf(typeof given === 'string' ? given : BigInt(given));
  const matches: Match[] = [];
  const add = (entry: Match['entry'], reading: Reading, via: Match['via'], misprint?: Match['misprint']) => {
    // An entry reached by two readings is shown once, under the first (as written beats twins).
    if (filter !== NO_FILTER && !matchesFilter(entry, filter)) return;
    for (const m of matches) if (m.entry === entry) return;
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
  if (matches.length > 1) rankMatches(matches);
  // Most queries match through their first reading only; then the order as read already is the ranked one.
  const oneReading = matches.every((m) => m.reading === readings[0]);
  const ranked = oneReading ? readings : rankReadings(readings, matches);
  const grouped = oneReading ? matches : ranked.flatMap((r) => matches.filter((m) => m.reading === r));
  return { query, readings: ranked, matches: grouped, explanations: [], suggestions: [] };
}

const NO_FILTER: ResolvedFilter = Object.freeze({});

function hasFilter(o: EntryFilter): boolean {
  return o.vendor !== undefined || o.sdk !== undefined || o.kind !== undefined || o.category !== undefined || o.module !== undefined;
}

/** A context hint resolved to catalog values; a string is an SDK if it names one, else a vendor. */
export function resolveContext(index: EntryLookup, context: LookupOptions['context']): ContextHint | undefined {
  if (context === undefined) return undefined;
  const { vendors } = index.facets;
  const sdks = index.registry;
  if (typeof context === 'string') {
    // A string names an SDK or else a vendor: only "names nothing" moves on to the next reading.
    const ids = sdks.resolve(context);
    if (ids.length === 1) return { sdk: ids[0]! };
    try {
      return { vendor: resolveVendor(vendors, context, 'context') };
    } catch (err) {
      if (!(err instanceof UnknownFilterError)) throw err;
      throw new UnknownFilterError('context', context, [...sdks.ids, ...vendors]);
    }
  }
  const hint: ContextHint = {};
  if (context.sdk !== undefined) hint.sdk = resolveSdk(sdks, context.sdk, 'context sdk');
  if (context.vendor !== undefined) hint.vendor = resolveVendor(vendors, context.vendor, 'context vendor');
  return hint;
}
