/**
 * Errors for misuse of the library: a query that is not text or not a code at all, a filter that
 * names no vendor/SDK/kind/category of the catalog. An unknown code is never an error — lookups
 * answer it with an empty result. `code` is stable for programs; `message` quotes the input for people.
 */

/** The stable codes of misuse errors. @example if (err instanceof AvcodesError && err.code === 'unknown_filter') … */
export type AvcodesErrorCode = 'invalid_query' | 'unknown_filter';

/** Base class of the library's misuse errors. @example err instanceof AvcodesError // InvalidQueryError or UnknownFilterError */
export class AvcodesError extends Error {
  constructor(
    readonly code: AvcodesErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AvcodesError';
  }
}

/** Why a query cannot be read as a code or a name. @example (err as InvalidQueryError).reason // 'too-long' */
export type InvalidQueryReason = 'not-text' | 'not-an-integer' | 'empty' | 'too-long' | 'control-characters' | 'not-a-code';

/** A query that is not text or a number, a number that is no exact integer, or text that is no code or name at all. @example checkQuery('hello world') // throws InvalidQueryError, reason 'not-a-code' */
export class InvalidQueryError extends AvcodesError {
  constructor(
    readonly reason: InvalidQueryReason,
    message: string,
  ) {
    super('invalid_query', message);
    this.name = 'InvalidQueryError';
  }
}

/** A filter or context value the catalog does not have. @example list({ vendor: 'nosuch' }) // throws UnknownFilterError, field 'vendor' */
export class UnknownFilterError extends AvcodesError {
  constructor(
    /** The filter that named nothing: `vendor`, `sdk`, `kind`, `category`, `module` or `context`. */
    readonly field: string,
    readonly given: string,
    /** The values the catalog does have, for the message and for programs that offer a choice. */
    readonly known: readonly string[],
    detail = 'no such',
  ) {
    super('unknown_filter', `${detail} ${field} ${quote(given)} (known: ${known.join(', ')})`);
    this.name = 'UnknownFilterError';
  }
}

/** Quotes user input for a one-line message: JSON escapes keep control bytes visible, long input is cut. */
export function quote(text: string, max = 60): string {
  const cut = text.length > max ? text.slice(0, max) + '…' : text;
  return JSON.stringify(cut) + (text.length > max ? ` (${text.length} characters)` : '');
}
