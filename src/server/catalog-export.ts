import { gzipSync } from 'node:zlib';
import type { Catalog, Entry } from '../catalog/schema.js';
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
  return prepare(`${JSON.stringify({ formatVersion: catalog.formatVersion, entries: catalog.entries })}\n`, 'application/json; charset=utf-8');
}

/**
 * Columns of the CSV export, the same as `avcodes export --format csv` (src/cli/commands/export.ts,
 * which keeps its own copy inside the CLI): scalar fields, then lists joined with ` | `.
 */
export const CSV_COLUMNS: readonly [string, (e: Entry) => string][] = [
  ['id', (e) => e.id],
  ['vendor', (e) => e.vendor],
  ['sdk', (e) => e.sdk],
  ['product', (e) => e.product],
  ['module', (e) => e.module],
  ['name', (e) => e.name],
  ['generatedName', (e) => String(e.generatedName)],
  ['value', (e) => e.value],
  ['hex', (e) => e.hex],
  ['documented', (e) => String(e.documented)],
  ['kind', (e) => e.kind],
  ['category', (e) => e.category],
  ['recovery', (e) => e.recovery],
  ['summary', (e) => e.summary],
  ['description', (e) => e.description],
  ['action', (e) => e.action],
  ['aliases', (e) => e.aliases.join(' | ')],
  ['sources', (e) => e.sources.map((s) => `${s.file}:${s.line}`).join(' | ')],
  ['misprints', (e) => e.misprints.map((m) => m.literal).join(' | ')],
  ['errata', (e) => e.errata.map((x) => x.id).join(' | ')],
];

/** RFC 4180: quote a field when it holds a comma, quote, CR or LF; double inner quotes. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The catalog as CSV (RFC 4180, CRLF line ends, a header row), one row per entry. */
export function catalogCsv(catalog: Catalog): Representation {
  const rows = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const e of catalog.entries) rows.push(CSV_COLUMNS.map(([, get]) => csvField(get(e))).join(','));
  return prepare(`${rows.join('\r\n')}\r\n`, 'text/csv; charset=utf-8; header=present');
}
