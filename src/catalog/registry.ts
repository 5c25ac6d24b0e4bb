/**
 * The SDK registry: every SDK family the catalog has, with its display name, vendor, the aliases
 * users type (`kvs`, `alibaba`, `lvb`), the name of its typed constants and the notation its
 * codes are usually shown in. It is data — sources/manifest.json `sdks`, carried into the catalog
 * by the build — and every command, route, page filter and generator reads SDKs from here, with
 * this one resolver of SDK names.
 */
import { notationOf, type WrittenNotation } from '../notation/written.js';
import type { Catalog, Entry, Sdk } from './schema.js';

export class SdkRegistry {
  /** SDK id and alias → id. */
  private readonly names = new Map<string, string>();
  private readonly byId = new Map<string, Sdk>();

  constructor(readonly sdks: readonly Sdk[]) {
    for (const sdk of sdks) {
      this.byId.set(sdk.id, sdk);
      this.names.set(sdk.id, sdk.id);
    }
    for (const sdk of sdks) for (const alias of sdk.aliases) if (!this.names.has(alias)) this.names.set(alias, sdk.id);
  }

  private static readonly registries = new WeakMap<Catalog, SdkRegistry>();
  /**
   * The registry of a catalog, made once per catalog. A catalog built before the registry existed
   * (or made by hand) has no `sdks`: its SDKs are then derived from its entries, without aliases.
   * @example SdkRegistry.of(loadCatalog()).resolve('alibaba') // ['aliyun-player']
   */
  static of(catalog: Catalog): SdkRegistry {
    let r = SdkRegistry.registries.get(catalog);
    if (!r) SdkRegistry.registries.set(catalog, (r = new SdkRegistry(catalog.sdks ?? derivedSdks(catalog.entries))));
    return r;
  }

  /** Every SDK id, sorted. */
  get ids(): string[] {
    return this.sdks.map((s) => s.id);
  }

  get(id: string): Sdk | undefined {
    return this.byId.get(id);
  }

  /**
   * The SDK ids a name the user gave may mean: the one SDK an id or alias names (any case; `_`
   * and spaces read as `-`), else every SDK whose id has the name as a part (`player` →
   * aliyun-player, `tencent` → three). Empty when it names nothing.
   */
  resolve(given: string): string[] {
    const g = slug(given);
    const named = this.names.get(g);
    if (named !== undefined) return [named];
    return g === '' ? [] : this.ids.filter((id) => id.split('-').includes(g));
  }

  /** `aws-kvs (kvs, aws), aliyun-player (alibaba, …)`: the names an SDK option takes, for help and messages. */
  describe(): string {
    return this.sdks.map((s) => (s.aliases.length > 0 ? `${s.id} (${s.aliases.join(', ')})` : s.id)).join(', ');
  }
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Registry records for a catalog without `sdks`: what its entries say, in the notation its documents write. */
function derivedSdks(entries: readonly Entry[]): Sdk[] {
  const bySdk = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = bySdk.get(e.sdk);
    if (list) list.push(e);
    else bySdk.set(e.sdk, [e]);
  }
  return [...bySdk.keys()].sort().map((id) => {
    const list = bySdk.get(id)!;
    const first = list[0]!;
    return {
      id,
      vendor: first.vendor,
      product: first.product,
      name: first.product,
      aliases: [],
      constantsName: id.split(/[^A-Za-z0-9]+/).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('') + 'Code',
      notations: usualNotations(list),
    };
  });
}

/** The notations the SDK's documents write its codes in (its headers', when no document has any). */
function usualNotations(entries: readonly Entry[]): WrittenNotation[] {
  const written = (kind: string | null) => {
    const found = new Set<WrittenNotation>();
    for (const e of entries) {
      for (const s of e.sources) {
        const n = kind === null || s.sourceKind === kind ? notationOf(s.codeAsWritten, e.value) : null;
        if (n) found.add(n);
      }
    }
    return [...found];
  };
  const documents = written('document');
  const all = documents.length > 0 ? documents : written(null);
  return all.length > 0 ? all : ['hex'];
}
