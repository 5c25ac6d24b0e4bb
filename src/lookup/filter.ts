import type { SdkRegistry } from '../catalog/registry.js';
import type { Entry } from '../catalog/schema.js';
import type { EntryLookup } from './catalog-index.js';
import { UnknownFilterError } from './errors.js';

/** What a caller may narrow entries by. Each value is matched loosely (see resolveFilter). @example list({ vendor: 'tencent', kind: 'event' }) */
export interface EntryFilter {
  /** `AWS`, `Alibaba Cloud` or `alibaba`, `tencent`, … (any case, full name, slug or first word). */
  vendor?: string;
  /** An SDK id (`aws-kvs`), an alias from the SDK registry (`kvs`, `alibaba`, `lvb`) or one unambiguous part of an id (`player`). */
  sdk?: string;
  /** `error`, `warning`, `event`, `info`. */
  kind?: string;
  category?: string;
  module?: string;
}

/** The same filter, each field resolved to the exact catalog value. */
export type ResolvedFilter = { readonly [K in keyof EntryFilter]?: string };

/**
 * Resolves each given field to a value the catalog has; throws UnknownFilterError for a value that
 * names nothing (so `--vendor nosuch` is an input error, not an empty answer).
 */
export function resolveFilter(index: EntryLookup, filter: EntryFilter = {}): ResolvedFilter {
  const out: { -readonly [K in keyof EntryFilter]?: string } = {};
  const f = index.facets;
  if (filter.vendor !== undefined) out.vendor = resolveVendor(f.vendors, filter.vendor, 'vendor');
  if (filter.sdk !== undefined) out.sdk = resolveSdk(index.registry, filter.sdk, 'sdk');
  if (filter.kind !== undefined) out.kind = exactly(f.kinds, filter.kind, 'kind');
  if (filter.category !== undefined) out.category = exactly(f.categories, filter.category, 'category');
  if (filter.module !== undefined) out.module = exactly(f.modules, filter.module, 'module');
  return out;
}

export function matchesFilter(entry: Entry, filter: ResolvedFilter): boolean {
  return (
    (filter.vendor === undefined || entry.vendor === filter.vendor) &&
    (filter.sdk === undefined || entry.sdk === filter.sdk) &&
    (filter.kind === undefined || entry.kind === filter.kind) &&
    (filter.category === undefined || entry.category === filter.category) &&
    (filter.module === undefined || entry.module === filter.module)
  );
}

const slug = (s: string) => s.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function resolveVendor(vendors: readonly string[], given: string, field: string): string {
  const g = slug(given);
  const hits = vendors.filter((v) => slug(v) === g || slug(v).split('-')[0] === g);
  return single(hits, vendors, given, field);
}

/** The SDK id `given` names in the registry (see SdkRegistry.resolve); throws UnknownFilterError naming `field`. */
export function resolveSdk(registry: SdkRegistry, given: string, field: string): string {
  return single(registry.resolve(given), registry.ids, given, field);
}

function exactly(known: readonly string[], given: string, field: string): string {
  const g = given.trim().toLowerCase();
  return single(known.filter((k) => k.toLowerCase() === g), known, given, field);
}

function single(hits: readonly string[], known: readonly string[], given: string, field: string): string {
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) throw new UnknownFilterError(field, given, hits, 'ambiguous');
  throw new UnknownFilterError(field, given, known);
}
