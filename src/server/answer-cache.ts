/**
 * Answers of the pure, read-only JSON routes (lookup, search, one code), kept by what they mean.
 * The catalog never changes while the server runs and these answers depend on nothing but their
 * parameters, so a repeated question (the popular codes) is answered by the listener from here
 * without going through the app at all.
 *
 * - Keyed by meaning: the route and the parameters it reads, decoded, so `?q=0x5200002e&n=1`,
 *   `?n=2&q=0x5200002e` and `?q=0x5200002%65` are one entry (the routes ignore other parameters).
 * - Admitted on the second request: most distinct questions are asked once, so an answer is kept
 *   only when its key was seen recently (a bounded set of key hashes remembers the first request).
 * - Bounded by measured bytes: the body's bytes, its key and a fixed per-entry overhead measured
 *   on Node 20 (see ENTRY_OVERHEAD_BYTES) count against `maxBytes`.
 * - O(1) get, insertion and eviction: a hash map over a doubly linked list in recency order.
 */
export interface CachedAnswer {
  body: Buffer;
  /** The response headers, Content-Length included, as a flat [name, value, …] list for writeHead. */
  headers: (string | number)[];
}

interface Node extends CachedAnswer {
  key: string;
  cost: number;
  newer: Node | null;
  older: Node | null;
}

/**
 * Heap an entry takes beside its body bytes and key: the node, its map slot, the Buffer object and
 * the header list (the names and values themselves are shared). Measured on Node 20 x64 with
 * 100,000 entries of 2 KB: 626 bytes of heap each, and RSS grew by 2714 bytes an entry where this
 * accounting charges 2760; rounded up.
 */
export const ENTRY_OVERHEAD_BYTES = 700;

/** Key hashes remembered for admission; the set is emptied when full (about 2 MB at most). */
const SEEN_LIMIT = 100_000;

export interface AnswerCacheOptions {
  /** Measured bytes the cache may hold (default 32 MB). */
  maxBytes?: number;
  /** Answers larger than this are never kept (default 256 KB). */
  maxAnswerBytes?: number;
  /** Keep an answer only on the second request for its key (default true). */
  admitOnSecondRequest?: boolean;
}

export class AnswerCache {
  private readonly entries = new Map<string, Node>();
  private newest: Node | null = null;
  private oldest: Node | null = null;
  private usedBytes = 0;
  private readonly seen = new Set<number>();
  private readonly baseHeaders: (string | number)[];
  readonly maxBytes: number;
  private readonly maxAnswerBytes: number;
  private readonly admitOnSecond: boolean;

  constructor(baseHeaders: Readonly<Record<string, string>>, options: AnswerCacheOptions = {}) {
    this.baseHeaders = Object.entries(baseHeaders).flat();
    this.maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
    this.maxAnswerBytes = options.maxAnswerBytes ?? 256 * 1024;
    this.admitOnSecond = options.admitOnSecondRequest ?? true;
  }

  get(key: string): CachedAnswer | undefined {
    const node = this.entries.get(key);
    if (node !== undefined && node !== this.newest) {
      this.unlink(node);
      this.pushNewest(node);
    }
    return node;
  }

  /** Offers the answer to `key`; it is kept if admitted and not too large. */
  offer(key: string, body: string): void {
    if (this.entries.has(key)) return;
    if (this.admitOnSecond) {
      const hash = fnv1a(key);
      if (!this.seen.has(hash)) {
        if (this.seen.size >= SEEN_LIMIT) this.seen.clear();
        this.seen.add(hash);
        return;
      }
      this.seen.delete(hash);
    }
    const bytes = Buffer.from(body, 'utf8');
    if (bytes.byteLength > this.maxAnswerBytes) return;
    const cost = bytes.byteLength + key.length * 2 + ENTRY_OVERHEAD_BYTES;
    if (cost > this.maxBytes) return;
    const node: Node = { key, body: bytes, headers: [...this.baseHeaders, 'Content-Length', bytes.byteLength], cost, newer: null, older: null };
    this.entries.set(key, node);
    this.pushNewest(node);
    this.usedBytes += cost;
    while (this.usedBytes > this.maxBytes && this.oldest !== null) this.evict(this.oldest);
  }

  /** Entries held. */
  get size(): number {
    return this.entries.size;
  }

  /** Measured bytes held (bodies, keys and per-entry overhead). */
  get bytes(): number {
    return this.usedBytes;
  }

  private evict(node: Node): void {
    this.unlink(node);
    this.entries.delete(node.key);
    this.usedBytes -= node.cost;
  }

  private pushNewest(node: Node): void {
    node.older = this.newest;
    node.newer = null;
    if (this.newest) this.newest.newer = node;
    this.newest = node;
    if (this.oldest === null) this.oldest = node;
  }

  private unlink(node: Node): void {
    if (node.newer) node.newer.older = node.older;
    else this.newest = node.older;
    if (node.older) node.older.newer = node.newer;
    else this.oldest = node.newer;
    node.newer = node.older = null;
  }
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The parameters each cacheable route reads; it ignores any other. */
const ROUTE_PARAMS: Readonly<Record<string, readonly string[]>> = {
  '/api/v1/lookup': ['q', 'vendor', 'sdk', 'kind', 'context'],
  '/api/v1/search': ['q', 'limit'],
};
const CODE_PREFIX = '/api/v1/codes/';

/**
 * The cache key of a request-target (path and query as sent), or null when its answer is not
 * cacheable or its meaning is unclear (a parameter given twice, a malformed escape in the path).
 */
export function answerKey(target: string): string | null {
  const mark = target.indexOf('?');
  const path = mark < 0 ? target : target.slice(0, mark);
  const names = ROUTE_PARAMS[path];
  if (names !== undefined) {
    const params = new URLSearchParams(mark < 0 ? '' : target.slice(mark + 1));
    let key = path;
    for (const name of names) {
      const values = params.getAll(name);
      if (values.length > 1) return null;
      // Absent and empty differ: `\0` before a value marks it present.
      key += values.length === 0 ? '\u0001' : `\u0001\u0000${values[0]}`;
    }
    return key;
  }
  if (path.startsWith(CODE_PREFIX)) {
    const parts = path.slice(CODE_PREFIX.length).split('/');
    if (parts.length !== 2) return null;
    try {
      return `${CODE_PREFIX}\u0001${decodeURIComponent(parts[0]!)}\u0001${decodeURIComponent(parts[1]!)}`;
    } catch {
      return null;
    }
  }
  return null;
}
