import { gzipSync } from 'node:zlib';
import { catalogToCsv, catalogToJson } from '../catalog/export-formats.js';
import type { Catalog } from '../catalog/schema.js';
import { etagOf } from './etag.js';

/** One prepared download: bytes, their gzip form and the ETag, computed once per process. */
export interface Representation {
  body: Uint8Array<ArrayBuffer>;
  /** Null for media that do not compress (images). */
  gzip: Uint8Array<ArrayBuffer> | null;
  etag: string;
  contentType: string;
}

function prepare(text: string, contentType: string): Representation {
  const body = new TextEncoder().encode(text);
  return { body, gzip: gzipSync(body, { level: 9 }), etag: etagOf(body), contentType };
}

/** The catalog as JSON, the document `avcodes export --format json` writes: `{ formatVersion, entries }`. */
export function catalogJson(catalog: Catalog): Representation {
  return prepare(catalogToJson(catalog), 'application/json; charset=utf-8');
}

/** The catalog as CSV (RFC 4180, CRLF line ends, a header row), one row per entry. */
export function catalogCsv(catalog: Catalog): Representation {
  return prepare(catalogToCsv(catalog), 'text/csv; charset=utf-8; header=present');
}
