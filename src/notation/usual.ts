/**
 * Each SDK's own notation: how its documents and its users write a code, so that every place that
 * shows a code (CLI, API `display`, page, scan) shows that form first and the others after.
 * The choice is data, one line per vendor, until the SDK registry carries it per SDK.
 * No node imports: the web page uses this module too.
 */

/** `decimal`: 1001, -2301 (Tencent); `hex-digits`: 20010001 (Alibaba's tables, no 0x); `hex`: 0x5200002e (KVS). */
export type UsualNotation = 'decimal' | 'hex-digits' | 'hex';

const BY_VENDOR: Readonly<Record<string, UsualNotation>> = {
  // Tencent's documents and event callbacks give decimal numbers, negative for errors (-2301).
  'Tencent Cloud': 'decimal',
  // Alibaba's tables print the hex digits without 0x (20010001); its SDK callbacks hand over the decimal (536936449).
  'Alibaba Cloud': 'hex-digits',
  // The KVS documents and logs write 0x and eight hex digits.
  AWS: 'hex',
};

/** The code's SDK and vendor, as a catalog entry carries them. */
export interface CodeOwner {
  sdk: string;
  vendor: string;
}

/** The notation an SDK's own documents use; hex for an SDK no vendor line covers. */
export function usualNotation(owner: CodeOwner): UsualNotation {
  return BY_VENDOR[owner.vendor] ?? 'hex';
}

/** A code in its SDK's notation first, then the other forms people meet for it. */
export interface CodeDisplay {
  usual: string;
  others: string[];
  /** `usual (others…)`, for one line of text. */
  text: string;
}

/**
 * The forms of a code's value for people: Tencent `-2301 (0xfffff703)`, Alibaba `20010001
 * (536936449)`, KVS `0x5200002e (1375731758)`. Negative values are shown in hex as their 32-bit
 * two's complement, as C logs print them.
 */
export function displayCode(owner: CodeOwner, value: bigint | string): CodeDisplay {
  const v = typeof value === 'bigint' ? value : BigInt(value);
  const decimal = v.toString();
  const digits = (v < 0n && v >= -0x80000000n ? v + 0x100000000n : v).toString(16).padStart(8, '0');
  const hex = v < -0x80000000n ? '-0x' + (-v).toString(16) : '0x' + digits;
  let usual: string;
  let others: string[];
  switch (usualNotation(owner)) {
    case 'decimal':
      [usual, others] = [decimal, [hex]];
      break;
    case 'hex-digits':
      [usual, others] = [hex.replace('0x', ''), [decimal]];
      break;
    case 'hex':
      [usual, others] = [hex, [decimal]];
      break;
  }
  return { usual, others, text: `${usual} (${others.join(', ')})` };
}
