import type { Command } from 'commander';
import { loadCatalog } from '../../catalog/load.js';
import { CSV_COLUMNS, catalogToCsv, catalogToJson, catalogToNdjson } from '../../catalog/export-formats.js';
import { catalogToSql, SQL_DIALECTS, type SqlDialect, type SqlMarker } from '../../catalog/export-sql.js';
import { readContextWords } from '../../scan/knowledge.js';
import { EXIT, UsageError } from '../exit.js';

const FORMATS = ['json', 'ndjson', 'csv', 'sql'] as const;
type Format = (typeof FORMATS)[number];

export function configure(command: Command): void {
  command
    .option('--format <format>', `json (one document: { formatVersion, entries }), ndjson (one entry per line), csv or sql`, 'json')
    .option('--dialect <dialect>', `with --format sql: ${SQL_DIALECTS.join(' or ')}`)
    .addHelpText(
      'after',
      `
The whole catalog, to stdout. JSON and NDJSON carry every field of every entry; CSV has one row per
entry with the columns ${CSV_COLUMNS.map(([k]) => k).join(', ')}
(lists joined with " | "; RFC 4180 quoting). SQL (--dialect duckdb or clickhouse) creates and fills
the tables avcodes_codes, avcodes_keys and avcodes_markers; the README gives the query that finds
the codes of a message column with them.

Examples:
  $ avcodes export > catalog.json
  $ avcodes export --format ndjson | grep NET_DISCONNECT
  $ avcodes export --format csv > codes.csv
  $ avcodes export --format sql --dialect duckdb | duckdb logs.db
  $ avcodes export --format sql --dialect clickhouse | clickhouse-client --multiquery`,
    )
    .action((options: { format: string; dialect?: string }) => {
      const format = options.format.toLowerCase() as Format;
      if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not ${JSON.stringify(options.format)}`);
      const dialect = options.dialect?.toLowerCase() as SqlDialect | undefined;
      if (format === 'sql' && (dialect === undefined || !SQL_DIALECTS.includes(dialect))) {
        throw new UsageError(`--format sql needs --dialect ${SQL_DIALECTS.join(' or ')}${options.dialect === undefined ? '' : `, not ${JSON.stringify(options.dialect)}`}`);
      }
      if (format !== 'sql' && options.dialect !== undefined) throw new UsageError('--dialect goes with --format sql');
      const catalog = loadCatalog();
      process.stdout.write(
        format === 'json' ? catalogToJson(catalog, 2) : format === 'ndjson' ? catalogToNdjson(catalog) : format === 'csv' ? catalogToCsv(catalog) : catalogToSql(catalog, dialect!, markers()),
      );
      process.exitCode = EXIT.found;
    });
}


/** The scanner's SDK marker words, one row per word and SDK (or SDK/module) it names. */
function markers(): SqlMarker[] {
  const rows: SqlMarker[] = [];
  for (const group of readContextWords().markers) {
    for (const target of group.targets) {
      const [sdk, module] = target.split('/');
      for (const word of group.words) rows.push({ marker: word.toLowerCase(), sdk: sdk!, module: module ?? null });
    }
  }
  return rows.sort((a, b) => (a.marker + a.sdk < b.marker + b.sdk ? -1 : a.marker + a.sdk > b.marker + b.sdk ? 1 : 0));
}
