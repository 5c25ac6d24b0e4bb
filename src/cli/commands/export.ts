import type { Command } from 'commander';
import { loadCatalog } from '../../catalog/load.js';
import type { Entry } from '../../catalog/schema.js';
import { EXIT, UsageError } from '../exit.js';

const FORMATS = ['json', 'ndjson', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/** CSV columns: the scalar fields, then lists joined with ` | ` (aliases, sources as file:line, misprints as printed). */
const CSV_COLUMNS: readonly [string, (e: Entry) => string][] = [
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

export function configure(command: Command): void {
  command
    .option('--format <format>', `json (one document: { formatVersion, entries }), ndjson (one entry per line) or csv`, 'json')
    .addHelpText(
      'after',
      `
The whole catalog, to stdout. JSON and NDJSON carry every field of every entry; CSV has one row per
entry with the columns ${CSV_COLUMNS.map(([k]) => k).join(', ')}
(lists joined with " | "; RFC 4180 quoting).

Examples:
  $ avcodes export > catalog.json
  $ avcodes export --format ndjson | grep NET_DISCONNECT
  $ avcodes export --format csv > codes.csv`,
    )
    .action((options: { format: string }) => {
      const format = options.format.toLowerCase() as Format;
      if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not ${JSON.stringify(options.format)}`);
      const catalog = loadCatalog();
      const chunks: string[] = [];
      if (format === 'json') chunks.push(JSON.stringify({ formatVersion: catalog.formatVersion, entries: catalog.entries }, null, 2) + '\n');
      else if (format === 'ndjson') for (const e of catalog.entries) chunks.push(JSON.stringify(e) + '\n');
      else {
        chunks.push(CSV_COLUMNS.map(([k]) => k).join(',') + '\r\n');
        for (const e of catalog.entries) chunks.push(CSV_COLUMNS.map(([, get]) => csvField(get(e))).join(',') + '\r\n');
      }
      process.stdout.write(chunks.join(''));
      process.exitCode = EXIT.found;
    });
}

/**
 * RFC 4180: quote a field that holds a comma, quote, CR or LF, doubling its quotes. Written here
 * rather than taken from a library: writing (not parsing) CSV is these two rules.
 */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
