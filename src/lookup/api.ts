import type { Catalog, Entry } from '../catalog/schema.js';
import { builtInCodebook, Codebook, type SearchOptions } from './codebook.js';
import type { EntryFilter } from './filter.js';
import type { LookupOptions, LookupResult } from './lookup.js';
import type { Query } from './readings.js';
import type { RelatedHit } from './related.js';
import type { SearchHit } from './search.js';
import type { CodeRange, StructureNote } from './structure.js';

/*
 * The package's functions over the built-in catalog. Each forwards to the Codebook opened on first
 * use; openCodebook gives the same operations over any catalog.
 */

/**
 * Every match of every reading of a code or name, ranked; an empty `matches` for an unknown code.
 * A number or bigint is that value exactly (`lookup(status)` in an SDK callback); a number that is
 * not an exact integer throws InvalidQueryError.
 * @example lookup('20010001').readings.map((r) => r.label) // decimal 20010001 and hex 0x20010001
 * @example lookup(-2301).matches[0]?.entry.id // 'tencent-lvb/PLAY_ERR_NET_DISCONNECT'
 */
export function lookup(query: Query, options?: LookupOptions): LookupResult {
  return builtInCodebook().lookup(query, options);
}

/**
 * Fuzzy full-text search over names, summaries, descriptions and actions.
 * @example search('timeot', { sdk: 'aliyun' })[0]?.entry.name // 'ERROR_LOADING_TIMEOUT' or another timeout
 */
export function search(text: string, options?: SearchOptions): SearchHit[] {
  return builtInCodebook().search(text, options);
}

/**
 * One entry by id, or undefined.
 * @example get('aws-kvs/STATUS_STORE_OUT_OF_MEMORY')?.hex // '0x5200002e'
 */
export function get(id: string): Entry | undefined {
  return builtInCodebook().get(id);
}

/**
 * The entries that pass a filter, in catalog order.
 * @example list({ sdk: 'lvb', kind: 'warning' }).length
 */
export function list(filter?: EntryFilter): Entry[] {
  return builtInCodebook().list(filter);
}

/**
 * Entries of other SDKs with the same category and similar text.
 * @example related('tencent-lvb/PLAY_ERR_NET_DISCONNECT').map((h) => h.entry.id)
 */
export function related(entryOrId: Entry | string, limit?: number): RelatedHit[] {
  return builtInCodebook().related(entryOrId, limit);
}

/**
 * What the shape of a number says (library, range, base + errno) — for values the catalog lacks.
 * Takes a number, a bigint or text in any notation lookup reads.
 * @example explain(0x2008000d)[0]?.errno?.name // 'EACCES'; explain('0x2008000d') the same
 */
export function explain(value: Query): StructureNote[] {
  return builtInCodebook().explain(value);
}

/**
 * The code ranges derived from the catalog (16-bit blocks, 24-bit libraries, printed blocks, decimal blocks).
 * @example ranges().filter((r) => r.sdk === 'aws-kvs' && r.kind === 'block').map((r) => r.pattern)
 */
export function ranges(): CodeRange[] {
  return builtInCodebook().ranges();
}

/**
 * A Codebook over a catalog of your own (same format as dist/catalog.json).
 * @example openCodebook(JSON.parse(readFileSync('catalog.json', 'utf8'))).lookup('0xf')
 */
export function openCodebook(catalog: Catalog): Codebook {
  return new Codebook(catalog);
}
