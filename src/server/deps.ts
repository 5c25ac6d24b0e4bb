import type { Catalog, Entry } from '../catalog/schema.js';
import type { LookupJson } from '../index.js';
import type { ScanReport } from '../scan/index.js';

/** A search hit or a related code, as `avcodes search --json` prints it. */
export interface ScoredEntry {
  score: number;
  terms: string[];
  entry: Entry;
}

/** What the routes filter entries by; each field is resolved loosely by the library (`kvs` → `aws-kvs`). */
export interface CodeFilter {
  vendor?: string;
  sdk?: string;
  kind?: string;
  category?: string;
}

export interface LookupFilter extends CodeFilter {
  /** The SDK or vendor the caller is in: its matches rank first. */
  context?: string;
}

export interface ScanOptions {
  /** Force an SDK context, as `avcodes scan --sdk`. */
  sdk?: string;
  minConfidence?: number;
  /** Findings listed in the answer; the summary and diagnosis still count every one. */
  maxFindings: number;
}

/** `avcodes scan --format json`, and how many findings past `maxFindings` were left out. */
export type ScanAnswer = ScanReport & { findingsOmitted?: number };

/**
 * Everything the routes need from the rest of avcodes, injected so the app can be built in tests
 * with the real library or with stand-ins, and so the server never reaches into library internals.
 * Results are JSON-ready values (the CLI's `--json` shapes).
 */
export interface ServerDeps {
  catalog: Catalog;
  /** `avcodes <q> --json`: `{ query, readings, matches, … }`. Throws ApiError for a query that is no code or name. */
  lookup(query: string, filter: LookupFilter): LookupJson;
  /** Ranked full-text hits, best first. */
  search(text: string, limit: number): ScoredEntry[];
  get(id: string): Entry | undefined;
  /** Entries of other SDKs that mean the same kind of thing. */
  related(entry: Entry): ScoredEntry[];
  list(filter: CodeFilter): Entry[];
  /** `avcodes scan --format json` over a stream of log bytes. Throws ApiError for bad options or input. */
  scan(log: AsyncIterable<Uint8Array>, options: ScanOptions): Promise<ScanAnswer>;
}
