import type { Command } from 'commander';
import { loadCatalog } from '../../catalog/load.js';
import { CSV_COLUMNS, catalogToCsv, catalogToJson, catalogToNdjson } from '../../catalog/export-formats.js';
import { EXIT, UsageError } from '../exit.js';

const FORMATS = ['json', 'ndjson', 'csv'] as const;
type Format = (typeof FORMATS)[number];

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
      process.stdout.write(format === 'json' ? catalogToJson(catalog, 2) : format === 'ndjson' ? catalogToNdjson(catalog) : catalogToCsv(catalog));
      process.exitCode = EXIT.found;
    });
}

