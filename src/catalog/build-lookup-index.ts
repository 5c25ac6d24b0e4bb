import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CatalogIndex } from '../lookup/catalog-index.js';
import { LOOKUP_INDEX_FILES, LOOKUP_INDEX_FORMAT, lookupKey, type KeyTag, type LookupIndexHead } from '../lookup/lookup-index.js';
import { nameKey } from '../notation/written.js';
import type { Catalog, Entry } from './schema.js';

/**
 * `npm run build` step: writes the lookup index (format in src/lookup/lookup-index.ts) of `catalog`
 * into `dir`. Every key's entries are what a CatalogIndex over the same catalog answers, asked key by
 * key, so a lookup through either index finds the same entries in the same order.
 * `catalogBytes` is the size of the catalog.json written beside it.
 */
export function writeLookupIndex(catalog: Catalog, catalogBytes: number, dir: string): void {
  const index = new CatalogIndex(catalog);
  const lines: string[] = [];
  const ranges = new Map<Entry, string>();
  let offset = 0;
  for (const e of catalog.entries) {
    const line = JSON.stringify(e) + '\n';
    lines.push(line);
    const length = Buffer.byteLength(line) - 1;
    ranges.set(e, `${offset}+${length}`);
    offset += length + 1;
  }

  const keyed = new Map<string, Entry[]>();
  const keep = (tag: KeyTag, key: bigint | string, found: Entry[]) => {
    if (found.length === 0) return;
    const k = lookupKey(tag, key);
    // A key holding the line's separators could not be found again.
    if (/[\t\n]/.test(k)) throw new Error(`lookup index: the key ${JSON.stringify(k)} holds a tab or newline`);
    keyed.set(k, found);
  };
  for (const e of catalog.entries) {
    const value = BigInt(e.value);
    keep('v', value, index.byValue(value));
    for (const m of e.misprints) keep('m', BigInt(m.value), index.byMisprint(BigInt(m.value)));
    for (const name of [e.name, ...e.aliases]) {
      keep('n', nameKey(name), index.byName(name));
      keep('a', nameKey(name), index.byAlias(name));
    }
  }
  // Code-unit order, like the catalog's own sort: the file never depends on the machine's LANG.
  const keys = [...keyed.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const keyText = keys.map((k) => `\n${k}\t${keyed.get(k)!.map((e) => ranges.get(e)!).join(' ')}`).join('') + '\n';

  const facets = index.facets;
  const head: LookupIndexHead = {
    format: LOOKUP_INDEX_FORMAT,
    catalogBytes,
    sdks: [...index.registry.sdks],
    facets,
    notations: Object.fromEntries(facets.sdks.map((sdk) => [sdk, [...index.notationsOf(sdk)].sort()])),
  };

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, LOOKUP_INDEX_FILES.entries), lines.join(''));
  writeFileSync(join(dir, LOOKUP_INDEX_FILES.keys), keyText);
  writeFileSync(join(dir, LOOKUP_INDEX_FILES.head), JSON.stringify(head) + '\n');
}
