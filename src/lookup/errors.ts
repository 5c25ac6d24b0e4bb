/**
 * Errors for misuse of the library: a query that is not text or not a code at all, a filter that
 * names no vendor/SDK/kind/category of the catalog. Both are AvcodesErrors (src/errors.ts).
 */
import { AvcodesError, quote } from '../errors.js';

export { AvcodesError, quote, type AvcodesErrorCode } from '../errors.js';

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
