import type { Catalog, Entry } from './schema.js';

/** CSV columns: the scalar fields, then lists joined with ` | ` (aliases, sources as file:line, misprints as printed). */
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

/**
 * RFC 4180: quote a field that holds a comma, quote, CR or LF, doubling its quotes. Written here
 * rather than taken from a library: writing (not parsing) CSV is these two rules.
 */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The catalog as CSV (RFC 4180, CRLF line ends, a header row), one row per entry. */
export function catalogToCsv(catalog: Catalog): string {
  const rows = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const e of catalog.entries) rows.push(CSV_COLUMNS.map(([, get]) => csvField(get(e))).join(','));
  return `${rows.join('\r\n')}\r\n`;
}

/** The catalog as one JSON document `{ formatVersion, entries }`; `indent` for people, none for machines. */
export function catalogToJson(catalog: Catalog, indent?: number): string {
  return `${JSON.stringify({ formatVersion: catalog.formatVersion, entries: catalog.entries }, null, indent)}\n`;
}

/** The catalog as NDJSON: one entry per line. */
export function catalogToNdjson(catalog: Catalog): string {
  return catalog.entries.map((e) => `${JSON.stringify(e)}\n`).join('');
}
