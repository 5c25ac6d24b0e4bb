import { SdkRegistry } from '../catalog/registry.js';
import type { Catalog, Entry } from '../catalog/schema.js';
import { toInt32, toUint32 } from '../notation/literal.js';
import { nameKey, notationOf, type WrittenNotation } from '../notation/written.js';

export interface Facets {
  vendors: string[];
  sdks: string[];
  kinds: string[];
  categories: string[];
  modules: string[];
}

/**
 * What a lookup reads from an index (findMatches, ranking, filters): CatalogIndex over a loaded
 * catalog, or LookupIndexFile (lookup-index.ts), which reads only the entries a query names from
 * the index the build writes, so one CLI lookup does not parse the whole catalog.
 */
export interface EntryLookup {
  byValue(value: bigint): Entry[];
  byMisprint(value: bigint): Entry[];
  byName(name: string): Entry[];
  byAlias(name: string): Entry[];
  notationsOf(sdk: string): ReadonlySet<WrittenNotation>;
  readonly facets: Facets;
  readonly registry: SdkRegistry;
}

/**
 * Indices over the catalog, built once at load. Values are keyed by BigInt (a Map compares BigInts
 * by value, so a lookup needs no string conversion); a signed 32-bit code is also keyed by its
 * unsigned twin (and vice versa) so that `-2301` and `4294964995` (0xfffff703) find the same entry.
 * What only some lookups need (facets for filters, notations for ranking) is built on first use:
 * the CLI answers one query per process.
 */
export class CatalogIndex implements EntryLookup {
  readonly entries: readonly Entry[];
  private readonly values = new Map<bigint, Entry[]>();
  private twins: Map<bigint, Entry[]> | undefined;
  private readonly misprints = new Map<bigint, Entry[]>();
  private readonly names = new Map<string, Entry[]>();
  private readonly aliases = new Map<string, Entry[]>();
  private readonly ids = new Map<string, Entry>();
  private notations: Map<string, Set<WrittenNotation>> | undefined;
  private facetValues: Facets | undefined;

  constructor(readonly catalog: Catalog) {
    this.entries = catalog.entries;
    for (const e of catalog.entries) {
      this.ids.set(e.id, e);
      const v = BigInt(e.value);
      add(this.values, v, e);
      for (const m of e.misprints) add(this.misprints, BigInt(m.value), e);
      const name = nameKey(e.name);
      add(this.names, name, e);
      // An alias that is only the name escaped (`STATUS\_NULL\_ARG`) is not another name.
      for (const a of e.aliases) {
        const alias = nameKey(a);
        if (alias !== name) add(this.aliases, alias, e);
      }
    }
  }

  /** The catalog's SDK registry (made once per catalog). */
  get registry(): SdkRegistry {
    return SdkRegistry.of(this.catalog);
  }

  /** The distinct values of each filterable field, sorted: what filters are checked against. */
  get facets(): Facets {
    if (!this.facetValues) {
      const distinct = (pick: (e: Entry) => string) => [...new Set(this.entries.map(pick))].sort();
      this.facetValues = {
        vendors: distinct((e) => e.vendor),
        sdks: distinct((e) => e.sdk),
        kinds: distinct((e) => e.kind),
        categories: distinct((e) => e.category),
        modules: distinct((e) => e.module),
      };
    }
    return this.facetValues;
  }

  /**
   * How the vendor's documents write this SDK's codes (`0x5200002e`, `20010001`, `-2301`), read from
   * each source's `codeAsWritten`. Ranking prefers a reading in the SDK's own notation.
   */
  notationsOf(sdk: string): ReadonlySet<WrittenNotation> {
    this.notations ??= new Map();
    let found = this.notations.get(sdk);
    if (!found) this.notations.set(sdk, (found = writtenNotations(this.entries.filter((e) => e.sdk === sdk))));
    return found;
  }

  /** Entries whose value is exactly `value`. */
  byValue(value: bigint): Entry[] {
    return this.values.get(value) ?? [];
  }

  /** Entries whose value is the 32-bit two's-complement twin of `value` (-2301 ↔ 4294964995). */
  byTwin(value: bigint): Entry[] {
    if (!this.twins) {
      // Built on first use: lookups read twins from the query instead (readings.ts).
      this.twins = new Map();
      for (const e of this.entries) {
        const v = BigInt(e.value);
        const twin = v < 0n ? toUint32(v) : toInt32(v);
        if (twin !== null && twin !== v) add(this.twins, twin, e);
      }
    }
    return this.twins.get(value) ?? [];
  }

  /** Entries a source printed with this (wrong) value, e.g. 0x150000010 or the heap's 0x01000001. */
  byMisprint(value: bigint): Entry[] {
    return this.misprints.get(value) ?? [];
  }

  /** Entries whose primary name is `name` (any case, markdown escapes allowed). */
  byName(name: string): Entry[] {
    return this.names.get(nameKey(name)) ?? [];
  }

  /** Entries that list `name` as another name (older spelling, printed name, SDK spelling), not just their name escaped. */
  byAlias(name: string): Entry[] {
    return this.aliases.get(nameKey(name)) ?? [];
  }

  get(id: string): Entry | undefined {
    return this.ids.get(id);
  }

  /** Every primary name and alias, for "did you mean" and scanners. */
  allNames(): string[] {
    return [...this.names.keys(), ...this.aliases.keys()];
  }
}



function writtenNotations(entries: Entry[]): Set<WrittenNotation> {
  const found = new Set<WrittenNotation>();
  const documents = entries.flatMap((e) => e.sources.filter((s) => s.sourceKind === 'document').map((s) => [e, s.codeAsWritten] as const));
  // An SDK known only from its headers is read the way its headers write it.
  const written = documents.length > 0 ? documents : entries.flatMap((e) => e.sources.map((s) => [e, s.codeAsWritten] as const));
  for (const [e, text] of written) {
    const notation = notationOf(text, e.value);
    if (notation) found.add(notation);
  }
  return found;
}

function add<K>(map: Map<K, Entry[]>, key: K, e: Entry): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(e)) list.push(e);
  } else map.set(key, [e]);
}
