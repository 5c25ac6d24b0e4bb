import type { Catalog, Entry } from '../catalog/schema.js';
import type { LookupJson } from '../index.js';

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
  /** Bytes of log when known before reading it (an uncompressed body's Content-Length); a small log may be scanned in the calling thread. */
  logBytes?: number | null;
  /** Force an SDK context, as `avcodes scan --sdk`. */
  sdk?: string;
  minConfidence?: number;
  /** Findings listed in the answer; the summary and diagnosis still count every one. */
  listFindings: number;
  /** Timeline steps kept in the summary (`timelineTruncated` says when there were more). */
  timelineSteps: number;
  /** Aborts when the client goes away: the scan stops and frees its memory. */
  signal?: AbortSignal;
}

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
  /**
   * The scan answer (scan-job.ts) over a stream of log bytes, as JSON in UTF-8: built where the scan
   * ran, so a large answer is not serialised on the event loop. Throws ApiError for bad options or input.
   */
  scan(log: AsyncIterable<Uint8Array>, options: ScanOptions): Promise<Uint8Array<ArrayBuffer>>;
}
