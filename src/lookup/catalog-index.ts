import type { Catalog, Entry } from '../catalog/schema.js';
import { toInt32, toUint32 } from '../notation/literal.js';
import type { WrittenNotation } from './readings.js';

/** Upper-case, unescaped (`STATUS\_X` → `STATUS_X`) form used as the name key. */
export function nameKey(name: string): string {
  return name.replace(/\\_/g, '_').trim().toUpperCase();
}

/**
 * Indices over the catalog, built once at load. Values are keyed by their canonical decimal
 * string; a signed 32-bit code is also keyed by its unsigned twin (and vice versa) so that
 * `-2301` and `4294964995` (0xfffff701) find the same entry.
 */
export class CatalogIndex {
  readonly entries: readonly Entry[];
  private readonly values = new Map<string, Entry[]>();
  private readonly twins = new Map<string, Entry[]>();
  private readonly misprints = new Map<string, Entry[]>();
  private readonly names = new Map<string, Entry[]>();
  private readonly aliases = new Map<string, Entry[]>();
  private readonly ids = new Map<string, Entry>();
  private readonly notations = new Map<string, Set<WrittenNotation>>();
  /** The distinct values of each filterable field, sorted: what filters are checked against. */
  readonly facets: { vendors: string[]; sdks: string[]; kinds: string[]; categories: string[]; modules: string[] };

  constructor(readonly catalog: Catalog) {
    this.entries = catalog.entries;
    for (const e of catalog.entries) {
      this.ids.set(e.id, e);
      const v = BigInt(e.value);
      add(this.values, v.toString(), e);
      const twin = v < 0n ? toUint32(v) : toInt32(v);
      if (twin !== null && twin !== v) add(this.twins, twin.toString(), e);
      for (const m of e.misprints) add(this.misprints, m.value, e);
      add(this.names, nameKey(e.name), e);
      for (const a of e.aliases) add(this.aliases, nameKey(a), e);
    }
    const distinct = (pick: (e: Entry) => string) => [...new Set(catalog.entries.map(pick))].sort();
    this.facets = {
      vendors: distinct((e) => e.vendor),
      sdks: distinct((e) => e.sdk),
      kinds: distinct((e) => e.kind),
      categories: distinct((e) => e.category),
      modules: distinct((e) => e.module),
    };
    for (const sdk of this.facets.sdks) this.notations.set(sdk, writtenNotations(catalog.entries.filter((e) => e.sdk === sdk)));
  }

  /**
   * How the vendor's documents write this SDK's codes (`0x5200002e`, `20010001`, `-2301`), read from
   * each source's `codeAsWritten`. Ranking prefers a reading in the SDK's own notation.
   */
  notationsOf(sdk: string): ReadonlySet<WrittenNotation> {
    return this.notations.get(sdk) ?? NO_NOTATIONS;
  }

  /** Entries whose value is exactly `value`. */
  byValue(value: bigint): Entry[] {
    return this.values.get(value.toString()) ?? [];
  }

  /** Entries whose value is the 32-bit two's-complement twin of `value` (-2301 ↔ 4294964995). */
  byTwin(value: bigint): Entry[] {
    return this.twins.get(value.toString()) ?? [];
  }

  /** Entries a source printed with this (wrong) value, e.g. 0x150000010 or the heap's 0x01000001. */
  byMisprint(value: bigint): Entry[] {
    return this.misprints.get(value.toString()) ?? [];
  }

  /** Entries whose primary name is `name` (any case, markdown escapes allowed). */
  byName(name: string): Entry[] {
    return this.names.get(nameKey(name)) ?? [];
  }

  /** Entries that list `name` as an alias (older spelling, printed name, SDK spelling). */
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

const NO_NOTATIONS: ReadonlySet<WrittenNotation> = new Set();

function writtenNotations(entries: Entry[]): Set<WrittenNotation> {
  const found = new Set<WrittenNotation>();
  const documents = entries.flatMap((e) => e.sources.filter((s) => s.sourceKind === 'document').map((s) => [e, s.codeAsWritten] as const));
  // An SDK known only from its headers is read the way its headers write it.
  const written = documents.length > 0 ? documents : entries.flatMap((e) => e.sources.map((s) => [e, s.codeAsWritten] as const));
  for (const [e, text] of written) {
    const t = text.trim();
    if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(t)) found.add('hex');
    else if (/^[+-]?[0-9]+$/.test(t) && BigInt(t) === BigInt(e.value)) found.add('decimal');
    else if (/^[0-9a-fA-F]+$/.test(t)) found.add('hex-no-prefix');
  }
  return found;
}

function add(map: Map<string, Entry[]>, key: string, e: Entry): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(e)) list.push(e);
  } else map.set(key, [e]);
}
