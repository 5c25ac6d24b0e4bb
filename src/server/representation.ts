import type { Context } from 'hono';
import type { Representation } from './catalog-export.js';
import { ifNoneMatchHits } from './etag.js';
import { securedResponse } from './security.js';

/** True when Accept-Encoding lists gzip (or `*`) without `q=0`. */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding.trim() === 'gzip' || coding.trim() === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * Answers with a prepared representation: 304 when the client's ETag is current, the gzip bytes
 * when the client takes them, and headers that let caches revalidate instead of refetching.
 */
export function sendRepresentation(c: Context, rep: Representation, cacheControl: string): Response {
  const gzip = rep.gzip !== null && acceptsGzip(c.req.header('accept-encoding'));
  // Each encoding is its own representation with its own strong tag; either revalidates.
  const gzipEtag = `${rep.etag.slice(0, -1)}-gzip"`;
  const headers: Record<string, string> = { ETag: gzip ? gzipEtag : rep.etag, 'Cache-Control': cacheControl };
  if (rep.gzip) headers.Vary = 'Accept-Encoding';
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatchHits(ifNoneMatch, rep.etag) || ifNoneMatchHits(ifNoneMatch, gzipEtag)) return securedResponse(null, 304, headers);
  headers['Content-Type'] = rep.contentType;
  if (gzip) headers['Content-Encoding'] = 'gzip';
  const bytes = gzip && rep.gzip ? rep.gzip : rep.body;
  headers['Content-Length'] = String(bytes.byteLength);
  return securedResponse(c.req.method === 'HEAD' ? null : bytes, 200, headers);
}
