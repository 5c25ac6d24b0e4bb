/**
 * Answers of the pure, read-only JSON routes (lookup, search, one code) by request URL. The catalog
 * never changes while the server runs, and these answers depend on nothing but the URL, so a
 * repeated URL (the popular codes) is answered from here by the listener without going through
 * the app at all. Least recently used answers go first; the total size is bounded.
 */
export interface CachedAnswer {
  body: string;
  /** The response headers with Content-Length, built once. */
  headers: Readonly<Record<string, string | number>>;
}

export class UrlCache {
  private readonly bodies = new Map<string, CachedAnswer>();
  private bytes = 0;

  constructor(
    private readonly baseHeaders: Readonly<Record<string, string>>,
    private readonly maxBytes = 32 * 1024 * 1024,
    private readonly maxBodyLength = 256 * 1024,
  ) {}

  get(url: string): CachedAnswer | undefined {
    const body = this.bodies.get(url);
    if (body !== undefined) {
      // Re-insert so that Map order is least recently used first.
      this.bodies.delete(url);
      this.bodies.set(url, body);
    }
    return body;
  }

  set(url: string, body: string): void {
    if (body.length > this.maxBodyLength || this.bodies.has(url)) return;
    this.bodies.set(url, { body, headers: { ...this.baseHeaders, 'Content-Length': Buffer.byteLength(body) } });
    this.bytes += url.length + body.length;
    for (const [oldest, old] of this.bodies) {
      if (this.bytes <= this.maxBytes) break;
      this.bodies.delete(oldest);
      this.bytes -= oldest.length + old.body.length;
    }
  }

  get size(): number {
    return this.bodies.size;
  }
}
