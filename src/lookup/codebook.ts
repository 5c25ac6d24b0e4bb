import type { Catalog, Entry } from '../catalog/schema.js';
import { builtInIndex } from './builtin.js';
import { CatalogIndex } from './catalog-index.js';
import { matchesFilter, resolveFilter, type EntryFilter } from './filter.js';
import { lookupQuery, type LookupOptions, type LookupResult } from './lookup.js';
import { relatedTo, type RelatedHit } from './related.js';
import { notAQuery, queryValue, readingsOf, type Query } from './readings.js';
import { searchText, type SearchHit, type TextSearchOptions } from './search.js';
import { explainValue, rangesOf, type CodeRange, type StructureNote } from './structure.js';

/** Filters and a limit for search. @example search('timeout', { sdk: 'kvs', limit: 5 }) */
export interface SearchOptions extends EntryFilter, TextSearchOptions {}

/**
 * One catalog with its indices, built once: every library operation goes through a Codebook.
 * The package's top-level functions use the built-in catalog's; tests and tools may open their own.
 * @example new Codebook(myCatalog).lookup('0x5200002e').matches
 */
export class Codebook {
  readonly index: CatalogIndex;
  readonly catalog: Catalog;

  /** Opens a catalog, or wraps an index already built over one. */
  constructor(catalogOrIndex: Catalog | CatalogIndex) {
    this.index = catalogOrIndex instanceof CatalogIndex ? catalogOrIndex : new CatalogIndex(catalogOrIndex);
    this.catalog = this.index.catalog;
  }

  lookup(query: Query, options?: LookupOptions): LookupResult {
    return lookupQuery(this.index, query, options);
  }

  search(text: string, options: SearchOptions = {}): SearchHit[] {
    return searchText(this.index, text, resolveFilter(this.index, options), options);
  }

  get(id: string): Entry | undefined {
    return this.index.get(id);
  }

  list(filter: EntryFilter = {}): Entry[] {
    const resolved = resolveFilter(this.index, filter);
    return this.index.entries.filter((e) => matchesFilter(e, resolved));
  }

  related(entryOrId: Entry | string, limit?: number): RelatedHit[] {
    const entry = typeof entryOrId === 'string' ? this.index.get(entryOrId) : entryOrId;
    return entry ? relatedTo(this.index, entry, limit) : [];
  }

  /** What the shape of a number says; text is read as lookup reads it (every number reading, twins too). */
  explain(query: Query): StructureNote[] {
    if (typeof query === 'number' || typeof query === 'bigint') return explainValue(this.index, queryValue(query));
    if (typeof query !== 'string') throw notAQuery(query);
    return readingsOf(query).flatMap((r) => (r.type === 'number' ? explainValue(this.index, r.value) : []));
  }

  ranges(): CodeRange[] {
    return rangesOf(this.index);
  }
}

let builtIn: Codebook | null = null;

/** The Codebook of the catalog built into the package (dist/catalog.json), opened on first use. */
export function builtInCodebook(): Codebook {
  return (builtIn ??= new Codebook(builtInIndex()));
}
