/**
 * Numeric literals as the source documents and SDKs write them. The importers use these to read
 * a code cell exactly; the lookup normaliser builds its readings on the same primitives.
 */
import { DECIMAL_LITERAL, HEX_DIGITS, HEX_LITERAL } from './written.js';

export const UINT32_MAX = 0xffffffffn;
export const UINT64_MAX = 0xffffffffffffffffn;

export type Notation = 'hex' | 'hex-no-prefix' | 'decimal' | 'signed-decimal';

export interface ParsedLiteral {
  value: bigint;
  /** How it was written: with `0x`, bare hex digits, or decimal (optionally negative). */
  notation: Notation;
  /** Number of hex digits for hex notations; lets callers spot 9-digit misprints. */
  digits: number;
}


/** Reads a literal in the notation a source column declares; null when the text is not one. */
export function parseLiteral(text: string, expected: Notation): ParsedLiteral | null {
  const t = text.trim();
  const prefixed = HEX_LITERAL.exec(t);
  if (prefixed && prefixed[1] === '') {
    // A `0x` literal is hex whatever the column declares: the prefix is unambiguous.
    return { value: BigInt('0x' + prefixed[2]), notation: 'hex', digits: prefixed[2]!.length };
  }
  if (expected === 'hex-no-prefix' && HEX_DIGITS.test(t)) {
    return { value: BigInt('0x' + t), notation: 'hex-no-prefix', digits: t.length };
  }
  // A source column's decimal is unsigned or `-`-signed; `+` never appears in one.
  const decimal = DECIMAL_LITERAL.exec(t);
  if ((expected === 'decimal' || expected === 'signed-decimal') && decimal && decimal[1] !== '+') {
    if (expected === 'decimal' && decimal[1] === '-') return null;
    return { value: BigInt(t), notation: expected, digits: 0 };
  }
  return null;
}

/** Two's-complement 32-bit view of a value in the signed 32-bit range, else null. */
export function toUint32(value: bigint): bigint | null {
  if (value >= 0n && value <= UINT32_MAX) return value;
  if (value < 0n && value >= -0x80000000n) return value + 0x100000000n;
  return null;
}

/** Signed 32-bit view of an unsigned 32-bit value (0xfffff701 → -2303), else null. */
export function toInt32(value: bigint): bigint | null {
  if (value >= -0x80000000n && value <= 0x7fffffffn) return value;
  if (value > 0x7fffffffn && value <= UINT32_MAX) return value - 0x100000000n;
  return null;
}

/** Canonical hex: `0x` + at least 8 lower-case digits; negatives as their 32-bit two's complement. */
export function formatHex(value: bigint): string {
  const unsigned = value < 0n ? toUint32(value) : value;
  if (unsigned === null) return '';
  return '0x' + unsigned.toString(16).padStart(8, '0');
}
