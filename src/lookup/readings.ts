import { InvalidQueryError, quote } from './errors.js';
import { formatHex, toInt32, toUint32 } from '../notation/literal.js';
import { DECIMAL_LITERAL, HEX_DIGITS, HEX_LITERAL, nameKey, type WrittenNotation } from '../notation/written.js';

/**
 * The one normaliser: every way a user writes a code or a name becomes a list of candidate
 * readings. A query may have several — `20010001` is both decimal 20010001 and hex 0x20010001,
 * `-2301` is also the unsigned 32-bit 0xfffff703 — and lookup answers each of them.
 *
 * Notation rules:
 * - `0x…`/`0X…` (optionally signed) is hexadecimal, nothing else;
 * - a string of decimal digits is decimal AND bare hexadecimal (a digit-only hex column, as the
 *   Alibaba tables write it); both readings are kept, merged when they are the same number (`1`);
 * - hex digits with at least one letter (`5200002e`) are bare hexadecimal;
 * - a leading `-` or `+` makes a decimal (or `0x`) reading signed;
 * - every number in the 32-bit range also has its two's-complement twin (−2301 ↔ 4294964995), and
 *   every number in the 64-bit range its 64-bit twin (−1 ↔ 0xffffffffffffffff);
 * - letters, digits and underscores starting with a letter or `_` are a symbolic name in any case;
 *   markdown escapes (`STATUS\_NULL\_ARG`) are removed. Bare hex that is also a name (`deadbeef`)
 *   has both readings;
 * - surrounding whitespace, backticks and quotes are ignored.
 * Misprinted values need no reading of their own: a number reading also finds the entries whose
 * `misprints` list that number.
 */

export type { WrittenNotation };
/** Which two's-complement twin a derived reading is. @example readingsOf('-2301')[1]?.twinOf?.kind // 'unsigned-32' */
export type TwinKind = 'unsigned-32' | 'signed-32' | 'unsigned-64' | 'signed-64';

/** A reading of the query as a number. @example (readingsOf('0xf')[0] as NumberReading).value // 15n */
export interface NumberReading {
  type: 'number';
  /** Stable within one result: `number:<decimal>`. Matches refer to their reading by it. */
  readonly key: string;
  value: bigint;
  /** How the query's text reads as this number; empty for a twin. */
  notations: WrittenNotation[];
  /** For a twin: the kind and the number it is the twin of. */
  twinOf?: { kind: TwinKind; value: bigint };
  /** For people: "as hex 0x5200002e = decimal 1375731758". */
  readonly label: string;
}

/** A reading of the query as a symbolic name. @example readingsOf('status\\_null\\_arg')[0] // { type: 'name', name: 'STATUS_NULL_ARG', … } */
export interface NameReading {
  type: 'name';
  /** `name:<UPPER_CASE>` */
  key: string;
  /** Upper case, markdown escapes removed. */
  name: string;
  label: string;
}

/** One way to read a query. @example readingsOf('20010001').map((r: Reading) => r.label) */
export type Reading = NumberReading | NameReading;

/**
 * What lookup and explain take: text in any notation, or the number itself, as an SDK callback
 * hands it over (`lookup(status)`, `lookup(-2301)`, `lookup(0x5200002en)`).
 * @example const q: Query = 0x5200002e;
 */
export type Query = string | number | bigint;

/** Longer input is not a code: no name or number in the catalog comes near it. @example query.length <= MAX_QUERY_LENGTH */
export const MAX_QUERY_LENGTH = 200;
/** 32 hex digits or 40 decimal digits: twice the widest real code, room enough for misprints. */
const MAX_HEX_DIGITS = 32;
const MAX_DECIMAL_DIGITS = 40;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// C0 controls except tab, DEL, C1 controls, and U+FFFD (what invalid UTF-8 decodes to).
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ufffd]/;

const TWO_64 = 1n << 64n;
const INT32_MIN = -(1n << 31n);
const INT32_MAX = (1n << 31n) - 1n;
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

/** The query without surrounding whitespace, backticks or quotes (as pasted from docs and chats). */
export function cleanQuery(query: string): string {
  let t = query.trim();
  while (t.length >= 2 && /^[`'"]/.test(t) && t[t.length - 1] === t[0]) t = t.slice(1, -1).trim();
  return t;
}

/**
 * Checks that `query` can be read at all and returns it cleaned; throws InvalidQueryError saying
 * why not (empty, too long, control or binary bytes, neither a number nor a name). Lookups do not
 * need it — they answer such queries with no readings — but a CLI or an API reports it as bad input.
 * @example checkQuery(' `0x5200002e` ') // '0x5200002e'; checkQuery('') throws InvalidQueryError (reason 'empty')
 */
export function checkQuery(query: unknown): string {
  if (typeof query === 'number' || typeof query === 'bigint') return queryValue(query).toString();
  if (typeof query !== 'string') throw notAQuery(query);
  const t = cleanQuery(query);
  if (t === '') throw new InvalidQueryError('empty', 'the query is empty: give a code (0x5200002e, 1001, -2301) or a name (STATUS_NULL_ARG)');
  if (BINARY.test(t)) throw new InvalidQueryError('control-characters', `the query contains control characters or bytes that are not text: ${quote(query)}`);
  if (t.length > MAX_QUERY_LENGTH) throw new InvalidQueryError('too-long', `the query is too long to be a code or a name: ${quote(query)}`);
  if (readingsOf(t).length === 0) {
    throw new InvalidQueryError('not-a-code', `not a code or a name: ${quote(query)} (to search the descriptions, use search)`);
  }
  return t;
}

/** The error for a query of the wrong type (an object, null, a boolean…). */
export function notAQuery(query: unknown): InvalidQueryError {
  return new InvalidQueryError('not-text', `a query must be text, a number or a bigint, not ${query === null ? 'null' : typeof query}`);
}

/**
 * The exact value of a query given as a number; throws InvalidQueryError for a number that is not
 * an integer, or is too large for a JavaScript number to hold exactly (pass those as a bigint or text).
 * @example queryValue(-2301) // -2301n; queryValue(1.5) throws (reason 'not-an-integer')
 */
export function queryValue(query: number | bigint): bigint {
  if (typeof query === 'bigint') return query;
  if (!Number.isInteger(query)) {
    throw new InvalidQueryError('not-an-integer', `a code is a whole number, not ${String(query)}: give an integer (0x5200002e, -2301), a bigint or text`);
  }
  if (!Number.isSafeInteger(query)) {
    throw new InvalidQueryError(
      'not-an-integer',
      `${String(query)} is beyond the integers a JavaScript number holds exactly (±2^53): give it as a bigint (0xffffffffffffffffn) or as text ('0xffffffffffffffff')`,
    );
  }
  return BigInt(query);
}

/**
 * Every reading of `query`, in the order: as written, then twins. A number or bigint is that value
 * alone (and its twins), never re-read as hex. Never throws; [] when it is neither a number nor a
 * name, or a number that is not an exact integer.
 * @example readingsOf('20010001').map((r) => r.label) // ['as decimal 20010001 = hex 0x01315411', 'as hex 0x20010001 (written without 0x) = decimal 536936449']
 */
export function readingsOf(query: Query): Reading[] {
  if (typeof query !== 'string') {
    if (typeof query === 'bigint' || Number.isSafeInteger(query)) return readingsOfValue(BigInt(query));
    return [];
  }
  const t = cleanQuery(query);
  if (t === '' || t.length > MAX_QUERY_LENGTH) return [];
  // At most two readings as written and four twins: a list is faster than a Map here.
  const numbers: NumberReadingOf[] = [];
  const addNumber = (value: bigint, notation: WrittenNotation | null, twinOf?: NumberReading['twinOf']) => {
    const known = numbers.find((r) => r.value === value);
    if (known) {
      if (notation && !known.notations.includes(notation)) known.notations.push(notation);
    } else numbers.push(new NumberReadingOf(value, notation ? [notation] : [], twinOf));
  };

  let m = HEX_LITERAL.exec(t);
  if (m) {
    if (m[2]!.length <= MAX_HEX_DIGITS) addNumber(signed(m[1]!, BigInt('0x' + m[2]!)), 'hex');
  } else if ((m = DECIMAL_LITERAL.exec(t))) {
    const digits = m[2]!;
    if (digits.length <= MAX_DECIMAL_DIGITS) addNumber(signed(m[1]!, BigInt(digits)), 'decimal');
    // Unsigned digit strings are also hex without its prefix (Alibaba's hex column, logs that drop 0x).
    if (m[1] === '' && digits.length <= MAX_HEX_DIGITS) addNumber(BigInt('0x' + digits), 'hex-no-prefix');
  } else if (t.length <= MAX_HEX_DIGITS && HEX_DIGITS.test(t)) {
    addNumber(BigInt('0x' + t), 'hex-no-prefix');
  }

  addTwins(numbers, addNumber);

  const readings: Reading[] = numbers;
  const unescaped = t.includes('\\') ? t.replace(/\\_/g, '_') : t;
  if (NAME.test(unescaped)) {
    const name = nameKey(unescaped);
    readings.push({ type: 'name', key: 'name:' + name, name, label: `as the name ${name}` });
  }
  return readings;
}

type AddNumber = (value: bigint, notation: WrittenNotation | null, twinOf?: NumberReading['twinOf']) => void;

/** Adds the 32- and 64-bit twins of the readings as written. */
function addTwins(numbers: readonly NumberReading[], addNumber: AddNumber): void {
  const asWritten = numbers.length;
  for (let i = 0; i < asWritten; i++) {
    const v = numbers[i]!.value;
    // 32-bit twins come from the same helpers the catalog uses; 64-bit twins only matter here.
    const twin32 = v < 0n ? toUint32(v) : v > INT32_MAX ? toInt32(v) : null;
    if (v < 0n) {
      if (twin32 !== null) addNumber(twin32, null, { kind: 'unsigned-32', value: v });
      if (v >= INT64_MIN) addNumber(v + TWO_64, null, { kind: 'unsigned-64', value: v });
    } else if (v > INT32_MAX) {
      if (twin32 !== null) addNumber(twin32, null, { kind: 'signed-32', value: v });
      else if (v > INT64_MAX && v < TWO_64) addNumber(v - TWO_64, null, { kind: 'signed-64', value: v });
    }
  }
}

/** The readings of a value given as a number: the value itself (written in no notation), then its twins. */
function readingsOfValue(value: bigint): Reading[] {
  const numbers: NumberReadingOf[] = [new NumberReadingOf(value, [])];
  addTwins(numbers, (v, _notation, twinOf) => {
    if (!numbers.some((r) => r.value === v)) numbers.push(new NumberReadingOf(v, [], twinOf));
  });
  return numbers;
}

/** A number reading whose key and label are made only when asked for: most lookups never print them. */
class NumberReadingOf implements NumberReading {
  readonly type = 'number' as const;
  declare twinOf?: NumberReading['twinOf'];
  private keyText: string | undefined;

  constructor(
    readonly value: bigint,
    readonly notations: WrittenNotation[],
    twinOf?: NumberReading['twinOf'],
  ) {
    if (twinOf) this.twinOf = twinOf;
  }

  get key(): string {
    return (this.keyText ??= 'number:' + this.value.toString());
  }

  get label(): string {
    return labelOf(this);
  }

  toJSON() {
    return { type: this.type, key: this.key, value: this.value.toString(), notations: this.notations, twinOf: this.twinOf, label: this.label };
  }
}

function signed(sign: string, magnitude: bigint): bigint {
  return sign === '-' ? -magnitude : magnitude;
}

/** Lower-case hex of a value; negatives in their 32- or 64-bit two's complement, as logs print them. */
export function hexOf(value: bigint): string {
  if (value >= INT32_MIN) return formatHex(value);
  if (value >= INT64_MIN) return '0x' + (value + TWO_64).toString(16);
  return '-0x' + (-value).toString(16);
}

function labelOf(r: Pick<NumberReading, 'value' | 'notations' | 'twinOf'>): string {
  const dec = r.value.toString();
  const hex = hexOf(r.value);
  if (r.twinOf) {
    const bits = r.twinOf.kind.endsWith('32') ? '32' : '64';
    const from = r.twinOf.value < 0n ? r.twinOf.value.toString() : hexOf(r.twinOf.value);
    return r.twinOf.kind.startsWith('unsigned')
      ? `as the unsigned ${bits}-bit form of ${from}: ${hex} = decimal ${dec}`
      : `as the signed ${bits}-bit form of ${from}: decimal ${dec}`;
  }
  const n = r.notations;
  if (n.includes('decimal') && n.includes('hex-no-prefix')) return `as decimal or hex ${dec} = ${hex}`;
  if (n[0] === 'decimal') return `as decimal ${dec} = hex ${hex}`;
  if (n[0] === 'hex-no-prefix') return `as hex ${hex} (written without 0x) = decimal ${dec}`;
  if (n.length === 0) return `as the number ${dec} = hex ${hex}`;
  return `as hex ${hex} = decimal ${dec}`;
}
