import { loadCatalog } from '../catalog/load.js';
import type { Catalog } from '../catalog/schema.js';
import { AvcodesError, checkQuery, lookupResultToJson, openCodebook } from '../index.js';
import type { ServerDeps } from './deps.js';
import { ApiError, ScanAborted } from './errors.js';
import { ScanEngine } from '../scan/index.js';
import { scanToJson } from './scan-job.js';
import { ScanPool } from './scan-pool.js';

export interface LibraryDepsOptions {
  /**
   * Threads that scan posted logs (the server's admission control runs at most this many scans).
   * 0, the default, scans in the calling thread, yielding to other requests between chunks.
   */
  scanThreads?: number;
}

/**
 * A log known to be at most this large is scanned in the calling thread even when there are scan
 * threads: handing it to a thread and its answer back (messages, copies, a second heap's garbage)
 * costs about as much CPU as scanning 100 KB, and it holds the event loop for no more than one
 * chunk (64 KB, about 1 ms) at a time. Larger logs, gzip and bodies of unknown size go to a thread.
 * (Sending only a second small log at once to a thread cost 25% more CPU per log on the 2-core
 * machine, for no more throughput.)
 */
export const IN_THREAD_MAX_LOG_BYTES = 256 * 1024;

/** Runs a library call, turning the library's misuse errors (bad query, unknown filter) into 400s. */
function asApiErrors<T>(call: () => T): T {
  try {
    return call();
  } catch (err) {
    // Lookups, searches and lists raise only these two of the library's codes.
    if (err instanceof AvcodesError) throw new ApiError(400, err.code === 'unknown_filter' ? 'unknown_filter' : 'invalid_query', err.message);
    throw err;
  }
}

const round = (score: number) => Math.round(score * 1000) / 1000;

/**
 * The server's dependencies on the avcodes library, over a catalog (the built-in one by default).
 * Only the package's public API is used, and results take the JSON shapes the CLI prints.
 */
export function libraryDeps(catalog: Catalog = loadCatalog(), options: LibraryDepsOptions = {}): ServerDeps {
  const book = openCodebook(catalog);
  // Threads load the built-in catalog themselves; another catalog is scanned in this thread.
  const pool = (options.scanThreads ?? 0) > 0 && catalog === loadCatalog() ? new ScanPool(options.scanThreads!) : null;
  // Small logs are scanned here too: build this thread's scanner once the server is up, not on the first small log.
  if (pool) setImmediate(() => ScanEngine.for(catalog)).unref();
  // In this thread, other requests get their turn between two chunks, and a scan whose client left stops.
  const yieldUnless = (signal?: AbortSignal) => async () => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw new ScanAborted();
  };
  return {
    catalog,
    // As the CLI does: a query that is no code or name at all (empty, binary, too long) is bad input.
    lookup: (query, filter) => asApiErrors(() => lookupResultToJson(book.lookup(checkQuery(query), filter))),
    search: (text, limit) => asApiErrors(() => book.search(text, { limit }).map((h) => ({ score: round(h.score), terms: h.terms, entry: h.entry }))),
    get: (id) => book.get(id),
    related: (entry) => book.related(entry).map((h) => ({ score: round(h.score), terms: h.terms, entry: h.entry })),
    list: (filter) => asApiErrors(() => book.list(filter)),
    scan: (log, { signal, logBytes, ...job }) =>
      pool && !(logBytes != null && logBytes <= IN_THREAD_MAX_LOG_BYTES) ? pool.run(log, job, signal) : scanToJson(catalog, log, job, yieldUnless(signal)),
  };
}
