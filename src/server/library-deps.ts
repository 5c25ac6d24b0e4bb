import { loadCatalog } from '../catalog/load.js';
import type { Catalog } from '../catalog/schema.js';
import { AvcodesError, checkQuery, lookupResultToJson, openCodebook } from '../index.js';
import { Scanner, ScanInputError, scanStreamInto, type Finding } from '../scan/index.js';
import type { ScanAnswer, ScanOptions, ServerDeps } from './deps.js';
import { ApiError } from './errors.js';

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
export function libraryDeps(catalog: Catalog = loadCatalog()): ServerDeps {
  const book = openCodebook(catalog);
  return {
    catalog,
    // As the CLI does: a query that is no code or name at all (empty, binary, too long) is bad input.
    lookup: (query, filter) => asApiErrors(() => lookupResultToJson(book.lookup(checkQuery(query), filter))),
    search: (text, limit) => asApiErrors(() => book.search(text, { limit }).map((h) => ({ score: round(h.score), terms: h.terms, entry: h.entry }))),
    get: (id) => book.get(id),
    related: (entry) => book.related(entry).map((h) => ({ score: round(h.score), terms: h.terms, entry: h.entry })),
    list: (filter) => asApiErrors(() => book.list(filter)),
    scan: (log, options) => scanLog(catalog, log, options),
  };
}

/**
 * `avcodes scan --format json` over the posted bytes, keeping at most `maxFindings` findings in
 * memory (the summary and the diagnosis are built from every one, as the scanner streams).
 */
async function scanLog(catalog: Catalog, log: AsyncIterable<Uint8Array>, options: ScanOptions): Promise<ScanAnswer> {
  const findings: Finding[] = [];
  let omitted = 0;
  let scanner: Scanner;
  try {
    scanner = new Scanner({
      catalog,
      sdk: options.sdk ?? null,
      minConfidence: options.minConfidence,
      onFinding: (f) => {
        if (findings.length < options.maxFindings) findings.push(f);
        else omitted++;
      },
    });
  } catch (err) {
    if (err instanceof ScanInputError) throw new ApiError(400, 'invalid_query', err.message);
    throw err;
  }
  // The scanner reports a failing input as a read error; keep the body's own error (413, bad gzip) to answer with.
  let bodyError: unknown = null;
  const watched = (async function* () {
    try {
      yield* log;
    } catch (err) {
      bodyError = err;
      throw err;
    }
  })();
  try {
    await scanStreamInto(scanner, watched, '-');
  } catch (err) {
    if (bodyError) throw bodyError;
    if (err instanceof ScanInputError) throw new ApiError(400, 'invalid_body', err.message.replace(/'-'/g, 'the log'));
    throw err;
  }
  const { summary, diagnoses } = scanner.result();
  return omitted > 0 ? { findings, summary, diagnoses, findingsOmitted: omitted } : { findings, summary, diagnoses };
}
