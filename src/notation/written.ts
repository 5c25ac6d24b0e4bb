/**
 * How a code is written — by a vendor document, an SDK header, a log line or a user's query — and
 * the regular expressions that tell the notations apart. The importers, the lookup normaliser, the
 * catalog index and the log scanner all read notations through this module, so one rule decides
 * what `0x5200002e`, `5200002e`, `20010001` and `-2301` are everywhere.
 */

/**
 * The written notations of a number, one name each:
 * - `hex`: with its `0x`/`0X` prefix (`0x5200002e`), optionally signed;
 * - `hex-no-prefix`: hexadecimal digits without the prefix (Alibaba's `20010001`, `2005000A`);
 * - `decimal`: decimal digits, optionally signed (Tencent's `-2301`).
 */
export const WRITTEN_NOTATIONS = ['hex', 'hex-no-prefix', 'decimal'] as const;
/** How the text of a code spells a number. @example const n: WrittenNotation = 'hex-no-prefix'; // 20010001 */
export type WrittenNotation = (typeof WRITTEN_NOTATIONS)[number];

/** `0x…` with an optional sign; groups: sign, digits. */
export const HEX_LITERAL = /^([+-]?)0[xX]([0-9a-fA-F]+)$/;
/** Decimal digits with an optional sign; groups: sign, digits. */
export const DECIMAL_LITERAL = /^([+-]?)([0-9]+)$/;
/** Hex digits and nothing else (no prefix, no sign). */
export const HEX_DIGITS = /^[0-9a-fA-F]+$/;

/**
 * The notation a source writes a code of value `value` in, or null. Digits only are decimal when
 * they read as the value in decimal, else hex without its prefix (a bare 8-digit Alibaba code).
 */
export function notationOf(written: string, value: string | bigint): WrittenNotation | null {
  const t = written.trim();
  if (HEX_LITERAL.test(t)) return 'hex';
  if (DECIMAL_LITERAL.test(t) && BigInt(t) === BigInt(value)) return 'decimal';
  if (HEX_DIGITS.test(t)) return 'hex-no-prefix';
  return null;
}

/** What writtenCode needs of an entry (a catalog Entry has it). */
export interface WrittenEntry {
  value: string;
  hex: string;
  sources: readonly { sourceKind: string; codeAsWritten: string }[];
}

/** The code the way its documents write it (its headers, when no document has it), else its hex. */
export function writtenCode(e: WrittenEntry): string {
  const s = e.sources.find((x) => x.sourceKind === 'document') ?? e.sources[0];
  const t = s?.codeAsWritten.trim() ?? '';
  switch (notationOf(t, e.value)) {
    case 'decimal':
      return e.value;
    case 'hex-no-prefix':
      return t;
    default:
      return e.hex;
  }
}

/** Upper-case, unescaped (`STATUS\_X` → `STATUS_X`) form of a symbolic name: the key names are compared by. */
export function nameKey(name: string): string {
  return (name.includes('\\') ? name.replace(/\\_/g, '_') : name).trim().toUpperCase();
}
