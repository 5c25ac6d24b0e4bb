import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtCatalogPath } from '../catalog/load.js';
import { SdkRegistry } from '../catalog/registry.js';
import type { Entry, Sdk } from '../catalog/schema.js';
import { nameKey, type WrittenNotation } from '../notation/written.js';
import { builtInIndex } from './builtin.js';
import type { EntryLookup, Facets } from './catalog-index.js';

/**
 * The lookup index `npm run build` writes beside the catalog (dist/lookup-index/), so that one CLI
 * lookup reads the few entries its query names instead of parsing the whole 2.4 MB catalog:
 * - `entries.ndjson`: every catalog entry, one JSON object a line, in catalog order;
 * - `keys.txt`: one line a key, `<tag><key>\t<offset>+<length> …`, the byte ranges in
 *   entries.ndjson of the entries that key finds, in catalog order. Tags: `v` a value, `m` a
 *   misprinted value (both as signed decimal), `n` a primary name, `a` another name (both nameKey);
 * - `head.json`: what ranking and filters need of the whole catalog (its SDK registry, facets and
 *   each SDK's written notations) and the byte size of the catalog it was made from.
 * The writer is src/catalog/build-lookup-index.ts; it asks a CatalogIndex for every key, so both
 * indices give the same entries in the same order.
 */
export const LOOKUP_INDEX_FILES = { head: 'head.json', keys: 'keys.txt', entries: 'entries.ndjson' } as const;
export const LOOKUP_INDEX_FORMAT = 1;

export type KeyTag = 'v' | 'm' | 'n' | 'a';

export interface LookupIndexHead {
  format: number;
  /** Byte size of the catalog.json this index was made from: a catalog rewritten since is not read through it. */
  catalogBytes: number;
  sdks: Sdk[];
  facets: Facets;
  notations: Record<string, WrittenNotation[]>;
}

/** The line key of a value (`v1375731758`) or a name (`nSTATUS_NULL_ARG`). */
export function lookupKey(tag: KeyTag, key: bigint | string): string {
  return tag + (typeof key === 'bigint' ? key.toString() : key);
}

/**
 * What one lookup needs of the built-in catalog, read the cheapest way: this index (only the
 * entries the query names) when the build wrote it from dist/catalog.json, else the whole
 * catalog's index. For a process that answers a few queries (the CLI); a long-lived one
 * (server, library) is better served by builtInIndex, built once.
 */
export function builtInLookup(): EntryLookup {
  const catalog = builtCatalogPath();
  return openLookupIndex(join(dirname(catalog), 'lookup-index'), catalog) ?? builtInIndex();
}

/** The index in `dir`, or null when it is missing, of another format, or not made from the catalog at `catalogPath`. */
export function openLookupIndex(dir: string, catalogPath: string): LookupIndexFile | null {
  let head: LookupIndexHead;
  let keys: string;
  try {
    head = JSON.parse(readFileSync(join(dir, LOOKUP_INDEX_FILES.head), 'utf8')) as LookupIndexHead;
    if (head.format !== LOOKUP_INDEX_FORMAT || head.catalogBytes !== statSync(catalogPath).size) return null;
    keys = readFileSync(join(dir, LOOKUP_INDEX_FILES.keys), 'utf8');
  } catch {
    // No index (a build before it existed, a hand-made dist/): the caller loads the whole catalog.
    return null;
  }
  return new LookupIndexFile(head, keys, join(dir, LOOKUP_INDEX_FILES.entries));
}

export class LookupIndexFile implements EntryLookup {
  readonly facets: Facets;
  readonly registry: SdkRegistry;
  private readonly notations = new Map<string, ReadonlySet<WrittenNotation>>();
  /** One object per entry (by byte offset): findMatches tells an entry reached twice by identity. */
  private readonly read = new Map<number, Entry>();

  constructor(
    head: LookupIndexHead,
    /** keys.txt with a newline in front, so every key line is found as `\n<key>\t`. */
    private readonly keys: string,
    private readonly entriesPath: string,
  ) {
    this.facets = head.facets;
    this.registry = new SdkRegistry(head.sdks);
    for (const [sdk, list] of Object.entries(head.notations)) this.notations.set(sdk, new Set(list));
    if (!keys.startsWith('\n')) this.keys = '\n' + keys;
  }

  byValue(value: bigint): Entry[] {
    return this.find(lookupKey('v', value));
  }

  byMisprint(value: bigint): Entry[] {
    return this.find(lookupKey('m', value));
  }

  byName(name: string): Entry[] {
    return this.find(lookupKey('n', nameKey(name)));
  }

  byAlias(name: string): Entry[] {
    return this.find(lookupKey('a', nameKey(name)));
  }

  notationsOf(sdk: string): ReadonlySet<WrittenNotation> {
    return this.notations.get(sdk) ?? new Set();
  }

  private find(key: string): Entry[] {
    const at = this.keys.indexOf(`\n${key}\t`);
    if (at < 0) return [];
    const from = at + key.length + 2;
    const end = this.keys.indexOf('\n', from);
    const refs = this.keys.slice(from, end < 0 ? undefined : end).split(' ');
    return this.entriesAt(refs);
  }

  private entriesAt(refs: readonly string[]): Entry[] {
    const found: Entry[] = [];
    let fd: number | undefined;
    try {
      for (const ref of refs) {
        const plus = ref.indexOf('+');
        const offset = Number(ref.slice(0, plus));
        let entry = this.read.get(offset);
        if (!entry) {
          const length = Number(ref.slice(plus + 1));
          const bytes = Buffer.allocUnsafe(length);
          fd ??= openSync(this.entriesPath, 'r');
          readSync(fd, bytes, 0, length, offset);
          entry = JSON.parse(bytes.toString('utf8')) as Entry;
          this.read.set(offset, entry);
        }
        found.push(entry);
      }
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return found;
  }
}
