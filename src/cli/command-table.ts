import { DECIMAL_LITERAL, HEX_LITERAL } from '../notation/written.js';

/**
 * The subcommands of `avcodes`, by name: what main.ts offers and what start.ts (the bin) tells
 * apart from a plain lookup. Each is one module under ./commands/, imported only when chosen.
 */
export interface CommandSpec {
  summary: string;
  /** Relative to main.js; resolved at run time so a module another issue adds later needs no change here. */
  module: string;
}

export const COMMANDS: Record<string, CommandSpec> = {
  lookup: { summary: 'look codes or names up in any notation — the default: avcodes <query>…', module: './commands/lookup.js' },
  search: { summary: 'fuzzy full-text search over names, descriptions and actions', module: './commands/search.js' },
  list: { summary: 'list the catalog, filtered by vendor, SDK, kind, category or module', module: './commands/list.js' },
  show: { summary: 'everything about one entry, with related codes of other SDKs', module: './commands/show.js' },
  export: { summary: 'write the whole catalog as JSON, NDJSON or CSV', module: './commands/export.js' },
  stats: { summary: 'counts by SDK, kind and documentation', module: './commands/stats.js' },
  scan: { summary: 'find, identify and diagnose the codes in log files', module: './commands/scan.js' },
  enrich: { summary: 'add the codes found in each JSON-lines record to the record (a log shipper stage)', module: './commands/enrich.js' },
  serve: { summary: 'serve the web page and the HTTP API', module: './commands/serve.js' },
  site: { summary: 'write the static site (the page, with lookups and log scanning in the browser) to a folder', module: './commands/site.js' },
};

export const DEFAULT_COMMAND = 'lookup';

// Own keys only: `avcodes toString` is a query, not Object.prototype's method.
export const isCommand = (word: string) => Object.hasOwn(COMMANDS, word);

/**
 * `avcodes <query>…` without options is answered without commander: the lookup is the command
 * people type most, and its start-up time is what they feel (bench/lookup.ts measures it).
 */
export function isPlainLookup(args: readonly string[]): boolean {
  return args.length > 0 && !isCommand(args[0]!) && args[0] !== 'help' && args.every((a) => !a.startsWith('-') || HEX_LITERAL.test(a) || DECIMAL_LITERAL.test(a));
}
