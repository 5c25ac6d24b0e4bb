/**
 * The timestamp a log line starts with, as written. Only lines with findings are looked at; the
 * search is over bytes (the first `hh:mm:ss` of the line's head, then the date and fraction
 * around it), so no line is decoded to a string.
 *
 * Recognised: `2024-05-01T12:00:01.123Z`, `2024-05-01 12:00:01,123+08:00`, `2024/05/01 12:00:01`,
 * logcat `05-01 12:00:01.123`, syslog `May  1 12:00:01`, and a time of day alone (`[12:00:01:123]`).
 */
/**
 * A timestamp is ASCII (every byte of it is tested below: digits, `-/:.,TZ+`, month names), so
 * UTF-8, the decoder every runtime has, reads it as is; one call makes the string, faster than
 * fromCharCode.apply over a view.
 */
const ASCII = new TextDecoder();
const isDigit = (b: number | undefined) => b !== undefined && b >= 48 && b <= 57;
const isUpper = (b: number | undefined) => b !== undefined && b >= 65 && b <= 90;
const isLower = (b: number | undefined) => b !== undefined && b >= 97 && b <= 122;

/** The first timestamp in a line's head (its first bytes), or null. */
export function lineTimestamp(head: Uint8Array): string | null {
  const n = head.length;
  for (let i = 0; i + 8 <= n; i++) {
    if (!(head[i + 2] === 58 && head[i + 5] === 58)) continue;
    if (!(isDigit(head[i]) && isDigit(head[i + 1]) && isDigit(head[i + 3]) && isDigit(head[i + 4]) && isDigit(head[i + 6]) && isDigit(head[i + 7]))) continue;
    if (isDigit(head[i - 1]) || isDigit(head[i + 8])) continue;
    let start = i;
    let end = i + 8;
    let dated = false;
    const sep = head[i - 1];
    if (sep === 32 || sep === 84 /* T */) {
      const d = i - 11;
      if (d >= 0 && isDate(head, d)) {
        start = d;
        dated = true;
      } else if (sep === 32 && i - 6 >= 0 && isDigit(head[i - 6]) && isDigit(head[i - 5]) && head[i - 4] === 45 && isDigit(head[i - 3]) && isDigit(head[i - 2]) && !isDigit(head[i - 7])) {
        start = i - 6; // logcat MM-DD
      } else if (sep === 32 && isDigit(head[i - 2])) {
        // syslog: `May  1 12:00:01` or `May 12 12:00:01` (a one-digit day is padded with a space)
        let j = i - 3;
        if (isDigit(head[j])) j--;
        if (head[j] === 32) {
          let k = j;
          if (head[k - 1] === 32) k--;
          if (k >= 3 && isUpper(head[k - 3]) && isLower(head[k - 2]) && isLower(head[k - 1])) start = k - 3;
        }
      }
    }
    // Fraction: .123 ,123 or :123
    const f = head[end];
    if ((f === 46 || f === 44 || f === 58) && isDigit(head[end + 1])) {
      let k = end + 1;
      while (k < n && k - end <= 9 && isDigit(head[k])) k++;
      end = k;
    }
    if (dated) {
      if (head[end] === 90 /* Z */) end++;
      else if ((head[end] === 43 || head[end] === 45) && isDigit(head[end + 1]) && isDigit(head[end + 2])) {
        let k = end + 3;
        if (head[k] === 58) k++;
        if (isDigit(head[k]) && isDigit(head[k + 1])) end = k + 2;
      }
    }
    return ASCII.decode(head.subarray(start, end));
  }
  return null;
}

/** `dddd-dd-dd` or `dddd/dd/dd` at d. */
function isDate(b: Uint8Array, d: number): boolean {
  const s1 = b[d + 4];
  const s2 = b[d + 7];
  return (
    (s1 === 45 || s1 === 47) &&
    s2 === s1 &&
    isDigit(b[d]) &&
    isDigit(b[d + 1]) &&
    isDigit(b[d + 2]) &&
    isDigit(b[d + 3]) &&
    isDigit(b[d + 5]) &&
    isDigit(b[d + 6]) &&
    isDigit(b[d + 8]) &&
    isDigit(b[d + 9]) &&
    !isDigit(b[d - 1])
  );
}
