/**
 * The one error model of avcodes: every error the library, the scanner, the catalog build, the
 * importers and the diagnosis rules raise is an AvcodesError with a stable snake_case `code` for
 * programs and a one-line message for people that quotes what was given (with `quote`). An
 * unknown code is never an error — lookups answer it with an empty result.
 */

/**
 * The stable codes, by who raises them:
 * - the library: `invalid_query` (not text, not a code or name), `unknown_filter` (a vendor, SDK,
 *   kind, … the catalog does not have);
 * - the scanner: `bad_option` (`--sdk`, `--min-confidence`, chunk size), and for an input that
 *   cannot be scanned `input_not_found`, `input_not_readable`, `input_is_directory`,
 *   `input_bad_gzip`, `input_read_error`;
 * - the data: `catalog_missing` (no built catalog), `invalid_data` (a manifest, errata,
 *   classification or scan-knowledge file that breaks its schema), `import_failed` (a source
 *   document an importer cannot read), `build_failed` (defects without errata, stale errata, …),
 *   `rule_unresolved` (a diagnosis rule naming a code the catalog lacks);
 * - the CLI: `usage` (a bad option or argument).
 * @example if (err instanceof AvcodesError && err.code === 'unknown_filter') …
 */
export type AvcodesErrorCode =
  | 'invalid_query'
  | 'unknown_filter'
  | 'bad_option'
  | 'input_not_found'
  | 'input_not_readable'
  | 'input_is_directory'
  | 'input_bad_gzip'
  | 'input_read_error'
  | 'catalog_missing'
  | 'invalid_data'
  | 'import_failed'
  | 'build_failed'
  | 'rule_unresolved'
  | 'usage';

/** Base class of every error avcodes raises. @example err instanceof AvcodesError // InvalidQueryError, ScanInputError, BuildError, … */
export class AvcodesError extends Error {
  constructor(
    readonly code: AvcodesErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AvcodesError';
  }
}

/** Quotes user input for a one-line message: JSON escapes keep control bytes visible, long input is cut. */
export function quote(text: string, max = 60): string {
  const cut = text.length > max ? text.slice(0, max) + '…' : text;
  return JSON.stringify(cut) + (text.length > max ? ` (${text.length} characters)` : '');
}
