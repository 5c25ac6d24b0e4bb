/**
 * The page's answers computed in the browser, with the same library the CLI and the server use,
 * over the catalog fetched once: the same calls and JSON shapes as the HTTP API (../api.ts), so the
 * views do not know which one answers. Nothing the user types leaves the page.
 */
import { SdkRegistry } from '../../catalog/registry.js';
import type { Catalog, Sdk } from '../../catalog/schema.js';
import { Codebook } from '../../lookup/codebook.js';
import { AvcodesError } from '../../lookup/errors.js';
import { lookupResultToJson } from '../../lookup/json.js';
import { checkQuery } from '../../lookup/readings.js';
import { ApiError, type CodeResult, type LookupResult, type SearchResult, type SourceExcerpt } from '../api.js';
import { fetchCatalog } from './catalog.js';
import { sourceExcerpt } from './source-files.js';

let catalogFetched: Promise<Catalog> | null = null;
let book: Promise<Codebook> | null = null;

const catalog = (): Promise<Catalog> => (catalogFetched ??= fetchCatalog());

function codebook(): Promise<Codebook> {
  return (book ??= catalog().then((c) => new Codebook(c)));
}

/** Runs a library call as the server does: misuse (a bad query) is a 400 with the library's message. */
async function answer<T>(signal: AbortSignal | undefined, call: (book: Codebook) => T): Promise<T> {
  const b = await codebook();
  signal?.throwIfAborted();
  try {
    return call(b);
  } catch (err) {
    if (err instanceof AvcodesError) throw new ApiError(400, err.code, err.message);
    throw err;
  }
}

// Scores as the server rounds them, so both engines answer byte for byte alike.
const round = (score: number) => Math.round(score * 1000) / 1000;

export const localApi = {
  /** The SDK registry, as GET /api/v1/sdks answers it. */
  sdks: async (): Promise<{ sdks: Sdk[] }> => ({ sdks: [...SdkRegistry.of(await catalog()).sdks] }),
  lookup: (q: string, signal?: AbortSignal) => answer(signal, (b) => lookupResultToJson(b.lookup(checkQuery(q))) as unknown as LookupResult),
  search: (q: string, limit: number, signal?: AbortSignal) =>
    answer<SearchResult>(signal, (b) => ({ query: q, hits: b.search(q, { limit }).map((h) => ({ score: round(h.score), terms: h.terms, entry: h.entry })) })),
  code: (id: string) =>
    answer<CodeResult>(undefined, (b) => {
      const entry = b.get(id);
      if (!entry) throw new ApiError(404, 'not_found', `no code with the id '${id}'`);
      return { entry, related: b.related(entry).map((h) => ({ score: round(h.score), terms: h.terms, entry: h.entry })) };
    }),
  source: async (id: string, context: number): Promise<SourceExcerpt> => {
    const { entry } = await localApi.code(id);
    return { id, sources: await Promise.all(entry.sources.map(async (ref) => ({ ...ref, lines: await sourceExcerpt(ref.file, ref.line, context) }))) };
  },
};
