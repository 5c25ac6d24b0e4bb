import type { Entry } from '../catalog/schema.js';
import type { CatalogIndex } from './catalog-index.js';
import { errnoNumber, errnoOf, type Errno } from './errno.js';
import { hexOf } from './readings.js';

/**
 * What the shape of a number says when the number itself is not in the catalog. Nothing here
 * knows a vendor's numbers: the ranges are derived from the catalog's own entries.
 *
 * - SDKs whose documents write hex (KVS, Alibaba) number their codes as a base plus an offset. The
 *   catalog's values are grouped into 16-bit blocks (`0x5200xxxx`: the KVS client library,
 *   `0x2008xxxx`: Alibaba's general errors) and, more coarsely, 24-bit libraries (`0x52xxxxxx`).
 *   A value in a block with known codes is "an undocumented code of that library", base + offset.
 * - A block whose entries are named `…_E<ERRNO>` at offset = that errno number (ERROR_GENERAL_EPERM
 *   at 0x20080001, ENOENT at +2, EIO at +5) is a `base + errno` block, so 0x2008000d is EACCES.
 * - Values the documents print but the SDK does not emit (the errata's misprints, e.g. the KVS heap
 *   codes printed 0x0100000N and emitted 0x1000000N) form "printed" blocks with a constant shift;
 *   a value there is translated to the value the SDK would emit.
 * - SDKs whose documents write decimal (Tencent) group their codes by leading digits: blocks of
 *   10^(digits − 2), e.g. `30xxxxxx` (recording errors), `-23xx` (play errors), `10xxx`.
 */

/** How a range was derived. @example ranges().filter((r) => r.kind === 'printed') */
export type RangeKind = 'block' | 'library' | 'printed' | 'decimal';

/** A range of codes derived from the catalog. @example ranges().find((r) => r.pattern === '0x2008xxxx')?.errno?.base // 0x20080000n */
export interface CodeRange {
  sdk: string;
  vendor: string;
  kind: RangeKind;
  /** `0x5200xxxx`, `0x52xxxxxx`, `30xxxxxx`, `-23xx`. */
  pattern: string;
  /** Inclusive bounds of the block. */
  from: bigint;
  to: bigint;
  /** The catalog's codes in the block (for `printed`: the printed values). */
  count: number;
  first: bigint;
  last: bigint;
  /** Modules of those codes, most frequent first. */
  modules: string[];
  /** A name stem all of them share (`ERROR_GENERAL_`), when it says more than the SDK's prefix. */
  family?: string;
  /** Set when the block is `base + errno`, proven by the named entries listed. */
  errno?: { base: bigint; evidence: string[] };
  /** For `printed`: printed value − SDK value, the same for every code of the block. */
  shift?: bigint;
  /** The entries, for finding neighbours. */
  entries: readonly Entry[];
}

/** What the shape of one value says. @example explain(0x520000ffn)[0]?.text */
export interface StructureNote {
  value: bigint;
  range: CodeRange;
  /** For `base + errno` blocks. */
  errno?: Errno;
  /** For printed blocks: the value the SDK would emit, and the entries that have it. */
  sdkValue?: bigint;
  sdkValueEntries?: Entry[];
  /** One sentence for people. */
  text: string;
}

const TWO_32 = 1n << 32n;
const BLOCK_BITS = 16n;
const LIBRARY_BITS = 24n;
/** How far past a block's known codes a value still reads as one more code of that block. */
const NEAR = 0x100n;
const NEAR_DECIMAL = 1000n;

/** Every range the catalog's entries imply, per SDK. Deterministic order: SDK, kind, from. */
export function deriveRanges(index: CatalogIndex): CodeRange[] {
  const ranges: CodeRange[] = [];
  for (const sdk of index.facets.sdks) {
    const entries = index.entries.filter((e) => e.sdk === sdk);
    const vendor = entries[0]!.vendor;
    const own = index.notationsOf(sdk);
    if (own.has('hex') || own.has('hex-no-prefix')) {
      const in32 = entries.filter((e) => isUint32(BigInt(e.value)));
      const blocks = groupBy(in32, (e) => BigInt(e.value) >> BLOCK_BITS);
      for (const [key, list] of blocks) ranges.push(hexRange(sdk, vendor, 'block', key, BLOCK_BITS, list, list.map((e) => BigInt(e.value))));
      for (const [key, list] of groupBy(in32, (e) => BigInt(e.value) >> LIBRARY_BITS)) {
        ranges.push(hexRange(sdk, vendor, 'library', key, LIBRARY_BITS, list, list.map((e) => BigInt(e.value))));
      }
      ranges.push(...printedRanges(sdk, vendor, entries, new Set(blocks.keys())));
    }
    if (own.has('decimal')) {
      for (const [pattern, list] of groupBy(entries, (e) => decimalKey(BigInt(e.value))?.pattern)) {
        if (pattern !== undefined) ranges.push(decimalRange(sdk, vendor, decimalKey(BigInt(list[0]!.value))!, list));
      }
    }
  }
  const kindOrder: Record<RangeKind, number> = { block: 0, library: 1, printed: 2, decimal: 3 };
  return ranges.sort((a, b) => (a.sdk < b.sdk ? -1 : a.sdk > b.sdk ? 1 : kindOrder[a.kind] - kindOrder[b.kind] || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)));
}

const derived = new WeakMap<CatalogIndex, CodeRange[]>();

/** deriveRanges, once per index. */
export function rangesOf(index: CatalogIndex): CodeRange[] {
  let r = derived.get(index);
  if (!r) derived.set(index, (r = deriveRanges(index)));
  return r;
}

/**
 * What is known about `value` from its shape: a note for each range that contains it — the 16-bit
 * blocks with codes (or, when there are none, the 24-bit libraries), printed blocks and decimal blocks.
 */
export function explainValue(index: CatalogIndex, value: bigint): StructureNote[] {
  const containing = rangesOf(index).filter((r) => value >= r.from && value <= r.to);
  // A 16-bit block with codes says more than any 24-bit library, whichever SDK it belongs to.
  const hasBlock = containing.some((r) => r.kind === 'block' || r.kind === 'printed');
  return containing.filter((r) => !(hasBlock && r.kind === 'library')).map((r) => describe(index, r, value));
}

function describe(index: CatalogIndex, r: CodeRange, value: bigint): StructureNote {
  const hex = hexOf(value);
  const span = r.kind === 'decimal' ? `${r.first}–${r.last}` : `${hexOf(r.first)}–${hexOf(r.last)}`;
  const codes = `${r.count} ${r.sdk} ${plural(r.count, 'code')}`;
  const family = r.family ? `, ${r.family}*` : '';
  if (r.kind === 'printed') {
    const sdkValue = value - r.shift!;
    const sdkValueEntries = index.byValue(sdkValue).filter((e) => e.sdk === r.sdk);
    const found = sdkValueEntries.length > 0 ? ` = ${sdkValueEntries.map((e) => e.name).join(', ')}` : ', which is not in the catalog either';
    const text = `${hex} is in ${r.pattern}, where the documents print ${r.sdk} ${listModules(r.modules)} codes that the SDK emits ${hexOf(abs(r.shift!))} ${r.shift! > 0n ? 'lower' : 'higher'}: the SDK value would be ${hexOf(sdkValue)}${found}`;
    return { value, range: r, sdkValue, sdkValueEntries, text };
  }
  if (r.kind === 'decimal') {
    const near = value >= r.first - NEAR_DECIMAL && value <= r.last + NEAR_DECIMAL;
    const text = near
      ? `${value} is in ${r.pattern}, where the catalog has ${codes} (${listModules(r.modules)}${family}, ${span}): likely a ${r.sdk} ${nearestModule(r, value)} code that no document or SDK header in the catalog lists`
      : `${value} is in ${r.pattern}, where the catalog has ${codes} (${listModules(r.modules)}${family}, ${span}), but far from them, so possibly not a code of ${r.sdk} at all`;
    return { value, range: r, text };
  }
  if (r.errno) {
    const errno = errnoOf(Number(value - r.errno.base));
    const named = errno.name ? ` (${errno.name}: ${errno.message})` : ' (above 34 the errno numbers of Linux/Android and iOS differ)';
    const text = `${hex} = ${hexOf(r.errno.base)} + errno ${errno.number}${named}: ${r.sdk} numbers its ${r.pattern} codes${r.family ? ` (${r.family}*)` : ''} as ${hexOf(r.errno.base)} + errno (${r.errno.evidence.join(', ')})`;
    return { value, range: r, errno, text };
  }
  if (r.kind === 'library') {
    const text = `${hex} is in ${r.pattern}, where the catalog has only ${r.sdk} ${listModules(r.modules)} codes (${r.count}, ${span}); no catalog code shares its 16-bit block ${hexPattern(value >> BLOCK_BITS, BLOCK_BITS)}`;
    return { value, range: r, text };
  }
  const where = `${hex} is in ${r.pattern}, where the catalog has ${codes} (${listModules(r.modules)}${family}, ${span}): base ${hexOf(r.from)} + offset 0x${(value - r.from).toString(16)}`;
  // Libraries number their codes from the base up without big gaps; far past the last known code
  // the block says less about what the value is.
  const near = value >= r.first - NEAR && value <= r.last + NEAR;
  const text = near
    ? `${where}, likely an undocumented ${r.sdk} ${nearestModule(r, value)} code (no document or SDK header in the catalog lists it)`
    : `${where}, far from its known codes, so possibly not a code of ${r.sdk} at all`;
  return { value, range: r, text };
}

function hexRange(sdk: string, vendor: string, kind: RangeKind, key: bigint, bits: bigint, entries: Entry[], values: bigint[]): CodeRange {
  const from = key << bits;
  const range = rangeOf(sdk, vendor, kind, hexPattern(key, bits), from, from + (1n << bits) - 1n, entries, values);
  if (kind === 'block') {
    const errno = errnoBase(entries, from);
    if (errno) range.errno = errno;
  }
  return range;
}

/** The fields every kind of range shares: bounds, the codes found in it, their modules and name family. */
function rangeOf(sdk: string, vendor: string, kind: RangeKind, pattern: string, from: bigint, to: bigint, entries: Entry[], values: bigint[]): CodeRange {
  const range: CodeRange = {
    sdk,
    vendor,
    kind,
    pattern,
    from,
    to,
    count: values.length,
    first: min(values),
    last: max(values),
    modules: byFrequency(entries.map((e) => e.module)),
    entries,
  };
  const family = nameFamily(entries);
  if (family) range.family = family;
  return range;
}

/**
 * A block is `base + errno` when at least two of its entries are named after an errno (`…_EPERM`)
 * and sit exactly at base + that number, and no errno-named entry contradicts it.
 */
function errnoBase(entries: readonly Entry[], base: bigint): CodeRange['errno'] {
  const evidence: string[] = [];
  for (const e of entries) {
    const n = errnoNumber(e.name.slice(e.name.lastIndexOf('_') + 1));
    if (n === undefined) continue;
    if (BigInt(e.value) - base !== BigInt(n)) return undefined;
    evidence.push(`${e.name} = ${hexOf(base)} + ${n}`);
  }
  return evidence.length >= 2 ? { base, evidence } : undefined;
}

/**
 * Printed blocks: misprints of the same SDK whose printed values share a 16-bit block that has no
 * real codes, and which all sit the same distance from their entry's value (at least two of them).
 */
function printedRanges(sdk: string, vendor: string, entries: readonly Entry[], realBlocks: Set<bigint>): CodeRange[] {
  const printed = entries.flatMap((e) => e.misprints.map((m) => ({ e, v: BigInt(m.value) }))).filter((p) => isUint32(p.v));
  const out: CodeRange[] = [];
  for (const [key, list] of groupBy(printed, (p) => p.v >> BLOCK_BITS)) {
    if (realBlocks.has(key) || list.length < 2) continue;
    const shifts = new Set(list.map((p) => p.v - BigInt(p.e.value)));
    if (shifts.size !== 1) continue;
    const range = hexRange(sdk, vendor, 'printed', key, BLOCK_BITS, list.map((p) => p.e), list.map((p) => p.v));
    range.shift = [...shifts][0]!;
    out.push(range);
  }
  return out;
}

/** Decimal block of a value: 10^(digits − 2) wide (at least 100), for |value| ≥ 1000. */
function decimalKey(value: bigint): { pattern: string; from: bigint; to: bigint } | null {
  const magnitude = abs(value);
  const digits = magnitude.toString().length;
  if (magnitude < 1000n || digits > 20) return null;
  const width = 10n ** BigInt(Math.max(2, digits - 2));
  const lead = magnitude / width;
  const sign = value < 0n ? '-' : '';
  const pattern = sign + lead.toString() + 'x'.repeat(digits - lead.toString().length);
  const lo = lead * width;
  const hi = lo + width - 1n;
  return value < 0n ? { pattern, from: -hi, to: -lo } : { pattern, from: lo, to: hi };
}

function decimalRange(sdk: string, vendor: string, key: NonNullable<ReturnType<typeof decimalKey>>, entries: Entry[]): CodeRange {
  return rangeOf(sdk, vendor, 'decimal', key.pattern, key.from, key.to, entries, entries.map((e) => BigInt(e.value)));
}

/** The module of the codes nearest to `value` in the range. */
function nearestModule(r: CodeRange, value: bigint): string {
  let best = r.entries[0]!;
  let bestDistance = abs(BigInt(best.value) - value);
  for (const e of r.entries) {
    const d = abs(BigInt(e.value) - value);
    if (d < bestDistance) [best, bestDistance] = [e, d];
  }
  return best.module;
}

/** Longest `_`-separated prefix shared by every name, if it has at least two parts (`ERROR_GENERAL_`). */
function nameFamily(entries: readonly Entry[]): string | undefined {
  if (entries.length < 2) return undefined;
  let parts = entries[0]!.name.split('_');
  for (const e of entries) {
    const p = e.name.split('_');
    let i = 0;
    while (i < parts.length && i < p.length - 1 && parts[i] === p[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.length >= 2 ? parts.join('_') + '_' : undefined;
}

function hexPattern(key: bigint, bits: bigint): string {
  const lowDigits = Number(bits / 4n);
  return '0x' + key.toString(16).padStart(8 - lowDigits, '0') + 'x'.repeat(lowDigits);
}

function listModules(modules: readonly string[]): string {
  return modules.length <= 3 ? modules.join('/') : modules.slice(0, 3).join('/') + '/…';
}

function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const isUint32 = (v: bigint) => v >= 0n && v < TWO_32;
const abs = (v: bigint) => (v < 0n ? -v : v);
const min = (vs: bigint[]) => vs.reduce((a, b) => (b < a ? b : a));
const max = (vs: bigint[]) => vs.reduce((a, b) => (b > a ? b : a));
const plural = (n: number, word: string) => (n === 1 ? word : word + 's');
