/**
 * The hot loop: bytes in, code candidates out. Reads go into one reused buffer; the few bytes a
 * decision still needs (an unfinished word, the left context of the next token, a line's head
 * for its timestamp) are carried to the front of the buffer before the next read, so a match can
 * straddle any chunk boundary and a line can be of any length without being held whole.
 *
 * Per byte the loop does a class lookup; per word a hash probe; only numbers whose value is in
 * the catalog (or in a catalog code family) and symbolic names reach the slow path in the sink.
 */
import { FNV_OFFSET, FNV_PRIME, W_CUE_STRONG, W_CUE_WEAK, W_DECOY, W_FOREIGN, W_LINE_DECOY, W_MARKER, W_NAME, W_SYSCALL, type WordInfo, type WordTable } from './context.js';
import type { WrittenNotation } from '../notation/written.js';

// Byte classes.
const K_DIGIT = 1;
const K_UPPER = 2;
const K_LOWER = 4;
const K_UNDER = 8;
const K_HEX = 16; // 0-9 a-f A-F
const K_NL = 32;
/** `,` `;` `|` `>` (of `->`): what separates the members of a list of codes. */
const K_SEP = 64;
const K_WORD = K_DIGIT | K_UPPER | K_LOWER | K_UNDER;

const CLASS = new Uint8Array(256);
const HEXVAL = new Float64Array(256);
/** HEXVAL as small integers, for bit arithmetic. */
const NIBBLE = new Uint8Array(256);
for (let c = 48; c <= 57; c++) {
  CLASS[c] = K_DIGIT | K_HEX;
  HEXVAL[c] = c - 48;
}
for (let c = 65; c <= 90; c++) CLASS[c] = K_UPPER;
for (let c = 97; c <= 122; c++) CLASS[c] = K_LOWER;
for (let c = 65; c <= 70; c++) {
  CLASS[c]! |= K_HEX;
  CLASS[c + 32]! |= K_HEX;
  HEXVAL[c] = c - 55;
  HEXVAL[c + 32] = c - 55;
}
CLASS[95] = K_UNDER;
CLASS[10] = K_NL;
// CR ends a line too (old Mac and some Windows tools write CR alone); the LF of a CRLF does not end another.
CLASS[13] = K_NL;
CLASS[44] = K_SEP;
CLASS[59] = K_SEP;
CLASS[124] = K_SEP;
CLASS[62] = K_SEP;
for (let c = 0; c < 256; c++) NIBBLE[c] = HEXVAL[c]!;

/** Bytes of left context kept before the next token (sign, separators, a CJK cue). */
export const LEFT = 32;
/** Bytes a candidate number needs after it (units, separators, a CJK cue) unless the line ends first. */
export const LOOKAHEAD = 32;
/** Words longer than this are skipped (base64, hashes): no code or cue is that long. */
export const MAX_WORD = 128;
/** Bytes of a line's start kept for its timestamp. */
export const HEAD = 64;
const SEG_CACHE_MASK = 4095;
/** Slots of the candidate-text cache (a power of two minus one). */
const TEXT_CACHE_MASK = 1023;
/** Texts longer than this are made afresh each time (long names are rare; codes are short). */
const TEXT_CACHE_MAX = 64;

/** Upper bound on carried bytes: left context + the longest deferred token + look-ahead, or a head. */
export const MAX_CARRY = 256;

/** Values the tokenizer can test without allocating: built from the catalog by identify.ts. */
export interface ValueFilter {
  /** 1 for values 0–65535 that some entry (value, twin, misprint) has. */
  small: Uint8Array;
  /** Other values (negative or ≥ 65536) that fit a double exactly. */
  large: NumberSet;
  /** 1 at `v & 0xffff` for every positive value in `large`: rules most big numbers out with one load. */
  largeLow: Uint8Array;
  /** 1 at `value >>> 16` for 16-bit blocks of codes: a code-shaped unknown shares its block's top 16 bits. */
  families: Uint8Array;
  /** Values of bare-hex literals as documents write them (Alibaba `20030004`). */
  bareHex: NumberSet;
  /** Decimal and hex texts of values too big for a double (0xffffffffffffffff), lower-case. */
  hugeTexts: Set<string>;
  /** Highest confidence a small value can reach without a cue; when the threshold is above it the loop skips them. */
  skipUncuedSmall: boolean;
}

/**
 * A set of integers (|v| ≤ 2^53) as an open-addressed Float64Array: a probe is a multiply and a
 * compare, where a Set<number> hashes a heap number. Empty slots hold NaN.
 */
export class NumberSet {
  private readonly slots: Float64Array;
  private readonly mask: number;

  constructor(values: Iterable<number>) {
    const list = [...new Set(values)];
    let size = 16;
    while (size < list.length * 4) size <<= 1;
    this.slots = new Float64Array(size).fill(NaN);
    this.mask = size - 1;
    for (const v of list) {
      let i = NumberSet.hash(v) & this.mask;
      while (!Number.isNaN(this.slots[i]!)) i = (i + 1) & this.mask;
      this.slots[i] = v;
    }
  }

  private static hash(v: number): number {
    // Low and high 32 bits of the integer, mixed; exact for integers up to 2^53.
    const lo = v | 0;
    const hi = (v / 4294967296) | 0;
    return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 7;
  }

  /** The values in the set, in no order. */
  values(): number[] {
    return [...this.slots].filter((v) => v === v);
  }

  has(v: number): boolean {
    const slots = this.slots;
    let i = NumberSet.hash(v) & this.mask;
    for (;;) {
      const s = slots[i]!;
      if (s === v) return true;
      if (s !== s) return false; // NaN: empty
      i = (i + 1) & this.mask;
    }
  }
}

export type NumberNotation = WrittenNotation;

/**
 * Checks derived once per ValueFilter that rule a candidate out before anything is allocated
 * or summed: a digit-dense log has 20-digit RTCP times and 8-digit sizes on every other line.
 */
interface FilterChecks {
  /** hashOf of each huge text: a 16–20 character number becomes a string only on a hit. */
  hugeHashes: NumberSet;
  /** Their first two bytes, case-folded (`18`, `-9`, `0x`), tested before the hash. */
  hugeHeads: Uint8Array;
  /** 1 at the low 16 bits of every bare-hex value: four nibbles, read from the end of the word. */
  bareHexLow: Uint8Array;
  /** Bit n set when some value the filter passes is written with n decimal digits (sign aside), n < 31. */
  decimalLengths: number;
  /** Bit n set when some value in `large` has n hex digits (0x aside), n < 31. */
  hexLengths: number;
}

const filterChecks = new WeakMap<ValueFilter, FilterChecks>();
function checksOf(values: ValueFilter): FilterChecks {
  let c = filterChecks.get(values);
  if (!c) {
    const hugeHashes = new NumberSet([...values.hugeTexts].map((t) => hashOf(new TextEncoder().encode(t), 0, t.length)));
    const hugeHeads = new Uint8Array(65536);
    for (const t of values.hugeTexts) hugeHeads[((t.charCodeAt(0) | 32) << 8) | (t.charCodeAt(1) | 32)] = 1;
    const bareHexLow = new Uint8Array(65536);
    for (const v of values.bareHex.values()) bareHexLow[v & 0xffff] = 1;
    // Small values (up to 5 digits), bare hex and family members (8 to 10 digits) pass on other tests.
    let decimalLengths = 0b11111111111;
    let hexLengths = 0;
    const bit = (n: number) => (n < 31 ? 1 << n : 0);
    for (const v of values.large.values()) {
      decimalLengths |= bit(String(Math.abs(v)).length);
      hexLengths |= bit(Math.abs(v).toString(16).length);
    }
    for (const t of values.hugeTexts) if (/^-?\d+$/.test(t)) decimalLengths |= bit(t.replace('-', '').length);
    filterChecks.set(values, (c = { hugeHashes, hugeHeads, bareHexLow, decimalLengths, hexLengths }));
  }
  return c;
}

/** A number the fast filter let through. Reused between calls; copy what you keep. */
export interface NumberToken {
  /** Buffer positions; start includes the minus sign. */
  start: number;
  end: number;
  negative: boolean;
  notation: NumberNotation;
  /** Hex digits after `0x`, or decimal digits. */
  digits: number;
}

/** What the words before the token said, as the tokenizer tracked it. Reused between calls. */
export interface WordContext {
  cue: WordInfo | null;
  /** Words between the cue and this token (0 = adjacent). */
  cueGap: number;
  /** A cue word right before the cue (`Error` of `Error code 2001`). */
  cueBefore: WordInfo | null;
  /** A catalog name right before (`STATUS_X (0x…)`). */
  nameBefore: boolean;
  decoy: WordInfo | null;
  decoyGap: number;
  lineDecoy: WordInfo | null;
  lineDecoyGap: number;
}

export interface TokenSink {
  /** A candidate number; return true when it became a (pending) finding on this line. */
  number(t: Tokenizer, tok: NumberToken, ctx: WordContext): boolean;
  /** A catalog name in the text; return true when it became a finding. */
  name(t: Tokenizer, start: number, end: number, info: WordInfo): boolean;
  /** The end of a line on which number() or name() returned true. `end` is the newline's position (or the data end). */
  lineEnd(t: Tokenizer, end: number): void;
}

export class Tokenizer {
  buf: Uint8Array;
  /** Valid bytes in buf. */
  len = 0;
  /** Absolute offset of buf[0] in the input. */
  bufAbs = 0;
  /** 1-based number of the current line. */
  lineNo = 1;
  lineStartAbs = 0;
  /** SDK target bits of markers on this line, on earlier lines, and on the latest line that had any. */
  lineMask = 0;
  fileMask = 0;
  recentMask = 0;
  /** Last line that named a system call, and another player (W_SYSCALL, W_FOREIGN); 0 for none. */
  syscallLine = 0;
  foreignLine = 0;

  private scanPos = 0;
  /** Absolute offset of the last CR: an LF right after it is the same line end. */
  private crAbs = -2;
  private inLongWord = false;
  private lineHasFinding = false;
  /** Line whose head is saved in `head` (0: none). */
  private headLine = 0;
  private readonly head = new Uint8Array(HEAD);
  private headLen = 0;
  // Column bookkeeping, started lazily per line: characters counted on line colLine up to colAbs.
  private colLine = 0;
  private colAbs = 0;
  private colChars = 0;
  // Token indices of the last cue, decoy, line decoy, catalog name and number. Indices grow through
  // the input and jump by 8 at each newline, so nothing on one line is "near" the next.
  private tok = 0;
  private cueTok = -100;
  private cueInfo: WordInfo | null = null;
  // The cue before the last one: `Error code 2001` is an error's code.
  private prevCueTok = -100;
  private prevCueInfo: WordInfo | null = null;
  private decoyTok = -100;
  private decoyInfo: WordInfo | null = null;
  private lineDecoyTok = -100;
  private lineDecoyInfo: WordInfo | null = null;
  private nameTok = -100;
  // Index of the last token followed by a list separator, and the last uncued small catalog number
  // skipped (kept in case a list member follows it).
  private sepTok = -100;
  private skipTok = -100;
  private skipEndAbs = 0;
  private numTok = -100;
  // Last token index a cue (up to two words between) or a catalog name vouches for; a number
  // in between ends the cue's reach.
  private vouchCue = -1;
  private vouchName = -1;
  private readonly segKeys = new Int32Array(SEG_CACHE_MASK + 1);
  private readonly segLens = new Int32Array(SEG_CACHE_MASK + 1);
  private readonly segVals = new Int32Array(SEG_CACHE_MASK + 1);
  private readonly numTokObj: NumberToken = { start: 0, end: 0, negative: false, notation: 'decimal', digits: 0 };
  private readonly ctxObj: WordContext = { cue: null, cueGap: 0, cueBefore: null, nameBefore: false, decoy: null, decoyGap: 0, lineDecoy: null, lineDecoyGap: 0 };
  private readonly checks: FilterChecks;
  // Candidate texts by hash: a log repeats its few codes, and a repeated one costs no string.
  private readonly textKeys = new Int32Array(TEXT_CACHE_MASK + 1);
  private readonly textVals: (string | null)[] = new Array<string | null>(TEXT_CACHE_MASK + 1).fill(null);

  constructor(
    private readonly table: WordTable,
    private readonly values: ValueFilter,
    private readonly sink: TokenSink,
    readonly chunkSize = 1 << 20,
  ) {
    if (!(chunkSize >= 1)) throw new RangeError(`chunk size must be at least 1 byte, got ${chunkSize}`);
    // One byte more than reads may fill: the sentinel after the data (see scan).
    this.buf = new Uint8Array(chunkSize + MAX_CARRY + 1);
    this.checks = checksOf(values);
  }

  /** Where the next read should go: `buf.subarray(offset, offset + length)`. */
  get writeOffset(): number {
    return this.len;
  }
  get writeLength(): number {
    return Math.min(this.chunkSize, this.buf.length - 1 - this.len);
  }

  /** Tells the tokenizer that `n` bytes were written at writeOffset, and scans them. */
  commit(n: number): void {
    this.len += n;
    this.round(false);
  }

  /** Copies bytes in (for streams whose chunks we do not own) and scans them. */
  push(bytes: Uint8Array): void {
    let off = 0;
    while (off < bytes.length) {
      const n = Math.min(this.writeLength, bytes.length - off);
      this.buf.set(bytes.subarray(off, off + n), this.len);
      off += n;
      this.commit(n);
    }
  }

  /** Scans what is left and ends the last line. */
  end(): void {
    this.round(true);
    if (this.lineHasFinding) this.sink.lineEnd(this, this.len);
    this.lineHasFinding = false;
  }

  /** Absolute input offset of a buffer position. */
  abs(pos: number): number {
    return this.bufAbs + pos;
  }

  /** First buffer position of the current line that is still in the buffer. */
  get lineLo(): number {
    return Math.max(0, this.lineStartAbs - this.bufAbs);
  }

  /** The bytes buf[start, end) as a string (latin1: candidates are ASCII), from a cache when seen lately. */
  text(start: number, end: number): string {
    const buf = this.buf;
    if (end - start > TEXT_CACHE_MAX) return latin1(buf, start, end);
    const h = hashOf(buf, start, end);
    const slot = h & TEXT_CACHE_MASK;
    const cached = this.textVals[slot]!;
    if (this.textKeys[slot] === h && cached !== null && sameBytes(buf, start, end, cached)) return cached;
    const s = latin1(buf, start, end);
    this.textKeys[slot] = h;
    this.textVals[slot] = s;
    return s;
  }

  /** 1-based character column of buffer position `pos` on the current line. */
  columnOf(pos: number): number {
    this.startColumns();
    const from = this.colAbs - this.bufAbs;
    if (pos > from) {
      this.colChars += countChars(this.buf, from, pos);
      this.colAbs = this.bufAbs + pos;
    }
    return this.colChars + 1;
  }

  /** The current line's first bytes (up to HEAD), for its timestamp. Call from lineEnd. */
  lineHead(end: number): Uint8Array {
    if (this.headLine === this.lineNo) return this.head.subarray(0, this.headLen);
    const lo = this.lineStartAbs - this.bufAbs;
    return this.buf.subarray(lo, Math.min(lo + HEAD, end));
  }

  private round(final: boolean): void {
    const stop = this.scan(final);
    if (final) {
      this.scanPos = this.len;
      return;
    }
    // Carry: left context for the next token, or the unfinished token itself, and a line head
    // that is not complete yet.
    let keep = Math.max(0, stop - LEFT);
    const lineRel = this.lineStartAbs - this.bufAbs;
    if (this.headLine !== this.lineNo && lineRel >= 0) {
      if (this.len - lineRel >= HEAD) {
        this.head.set(this.buf.subarray(lineRel, lineRel + HEAD));
        this.headLen = HEAD;
        this.headLine = this.lineNo;
      } else keep = Math.min(keep, lineRel);
    }
    this.startColumns();
    const colRel = this.colAbs - this.bufAbs;
    if (keep > colRel) {
      this.colChars += countChars(this.buf, colRel, keep);
      this.colAbs = this.bufAbs + keep;
    }
    if (keep > 0) {
      this.buf.copyWithin(0, keep, this.len);
      this.bufAbs += keep;
      this.len -= keep;
    }
    this.scanPos = stop - keep;
  }

  /** Scans buf[scanPos, len); returns where the next round must resume (an unfinished token). */
  private scan(final: boolean): number {
    const buf = this.buf;
    const end = this.len;
    const table = this.table;
    const slots = table.slots;
    const tmask = table.mask;
    const small = this.values.small;
    const largeLow = this.values.largeLow;
    const families = this.values.families;
    const bareHexLow = this.checks.bareHexLow;
    const skipUncued = this.values.skipUncuedSmall;
    const decimalLengths = this.checks.decimalLengths;
    let i = this.scanPos;
    // A sentinel that no word or number continues into: the loops over a word's bytes stop on
    // it without testing the end of the data at every byte.
    buf[end] = 0;

    if (this.inLongWord) {
      while (CLASS[buf[i]!]! & K_WORD) i++;
      if (i === end && !final) return end;
      this.inLongWord = false;
      this.tok++;
    }

    while (i < end) {
      const c = buf[i]!;
      const k = CLASS[c]!;
      if ((k & K_WORD) === 0) {
        // Spaces and most punctuation have class 0: one test for them, as before lists were marked.
        if (k === 0) {
          i++;
          continue;
        }
        if (k === K_NL) {
          if (c === 10 && this.bufAbs + i - 1 === this.crAbs) {
            // The LF of a CRLF: the line began at the CR; it begins after the LF.
            this.lineStartAbs = this.bufAbs + i + 1;
            this.colLine = 0;
          } else {
            if (c === 13) this.crAbs = this.bufAbs + i;
            if (this.lineHasFinding || this.lineMask !== 0) this.lineBreak(i);
            this.lineNo++;
            this.lineStartAbs = this.bufAbs + i + 1;
            // Cues, decoys and names of the last line are out of reach of the next line's tokens.
            this.tok += 8;
          }
        } else this.sepTok = this.tok;
        i++;
        continue;
      }
      const ws = i;
      if (k & K_DIGIT) {
        // A word that starts with a digit: decimal, 0x-hex, bare hex, or a word like `100ms`.
        // The tight loop reads the decimal digits; anything else in the word ends it.
        // Only the first nine digits are added up: the sum stays a small integer, so the optimised
        // loop never de-optimises on an overflow (numberEnd re-reads longer numbers).
        let dv = 0;
        let b = c;
        const nine = i + 9;
        while (b >= 48 && b <= 57) {
          if (i < nine) dv = dv * 10 + (b - 48);
          b = buf[++i]!;
        }
        let pure = true;
        if (CLASS[b]! & K_WORD) {
          pure = false;
          while (CLASS[buf[i]!]! & K_WORD) i++;
        }
        if (i === end && !final) {
          if (i - ws > MAX_WORD) {
            this.inLongWord = true;
            return end;
          }
          return ws;
        }
        const tok = ++this.tok;
        // The common cases stay here: a short number no code has, a short number with no cue
        // before it (when the threshold says it cannot be a finding), a word like `100ms`.
        if (pure) {
          // Guarded: a read before the buffer would de-optimise this loop (and the warm-up's compilation with it).
          const signed = ws !== 0 && buf[ws - 1] === 45;
          if (
            dv < 65536 &&
            i - ws <= 9 &&
            !signed &&
            (small[dv] !== 1 ||
              inNumericRun(buf, ws, i, end) ||
              (skipUncued && tok > this.vouchCue && tok > this.vouchName && !highByteNear(buf, ws, i, end, final) && this.skipUncued(tok, i)))
          ) {
            this.numTok = tok;
            this.vouchCue = -1;
            continue;
          }
          // Bigger numbers of up to nine digits: no code ends in these 16 bits (most timestamps,
          // sizes and ids stop here). Eight and nine digits may also be a family's unknown, and
          // eight a bare-hex code (`20030004`).
          if (
            dv >= 65536 &&
            i - ws <= 9 &&
            !signed &&
            largeLow[dv & 0xffff] === 0 &&
            (i - ws <= 7 || (families[dv >>> 16] === 0 && (i - ws === 9 || bareHexLow[low16OfHex(buf, i)] === 0)))
          ) {
            this.numTok = tok;
            this.vouchCue = -1;
            continue;
          }
          // Ids, thread ids and 64-bit times (10 to 30 digits, no leading zero): no value the filter
          // passes has that many digits.
          if (i - ws >= 10 && i - ws <= 30 && c !== 48 && ((decimalLengths >>> (i - ws)) & 1) === 0) {
            this.numTok = tok;
            this.vouchCue = -1;
            continue;
          }
        } else if (c !== 48 && i - ws !== 8) continue;
        const r = this.numberEnd(ws, i, dv, pure, final);
        if (r >= 0) return r;
        continue;
      }

      // A word that starts with a letter or underscore: hash it (case-folded) as we go.
      let h = FNV_OFFSET;
      let bits = 0;
      for (; ; i++) {
        const b = buf[i]!;
        const kb = CLASS[b]!;
        if ((kb & K_WORD) === 0) break;
        bits |= kb;
        h = Math.imul(h ^ (b | 32), FNV_PRIME);
      }
      const n = i - ws;
      if (i === end && !final) {
        if (n > MAX_WORD) {
          this.inLongWord = true;
          return end;
        }
        return ws;
      }
      this.tok++;
      if (n > MAX_WORD) continue;
      if (h === 0) h = 1;
      // Inline probe of the word table: most words are not in it and stop at the first empty slot.
      let slot = h & tmask;
      let head = -1;
      for (;;) {
        const key = slots[slot * 2]!;
        if (key === h) {
          head = slots[slot * 2 + 1]!;
          break;
        }
        if (key === 0) break;
        slot = (slot + 1) & tmask;
      }
      let info: WordInfo | null = head === -1 ? null : table.match(buf, ws, i, head);
      if (info === null) {
        // camelCase and snake_case: `lastError`, `bufferSize`, `curlCompleteSync`, `frame_size`.
        if ((bits & (K_UPPER | K_LOWER)) === (K_UPPER | K_LOWER) || bits & K_UNDER) info = this.segments(ws, i, h);
        if (info === null) continue;
      }
      this.word(info, ws, i, bits);
    }
    return end;
  }

  /**
   * The rest of a digit-led word: is it a number some code has (or a code-shaped unknown)?
   * Returns -1 to go on, or the position to resume from when the candidate needs more bytes.
   */
  private numberEnd(ws: number, i: number, dv: number, pure: boolean, final: boolean): number {
    const buf = this.buf;
    const end = this.len;
    const values = this.values;
    const small = values.small;
    const skipUncued = values.skipUncuedSmall;
    const bareHexLow = this.checks.bareHexLow;
    const largeLow = values.largeLow;
    const n = i - ws;
    const tok = this.tok;
    if (n > MAX_WORD) return -1;
    if (pure) {
      if (n > 9) dv = decimalOfDigits(buf, ws, i);
      const negative = ws > 0 && buf[ws - 1] === 45 && !(ws > 1 && CLASS[buf[ws - 2]!]! & K_WORD);
      let pass: boolean;
      if (n > 15) pass = n <= 20 && this.isHuge(negative ? ws - 1 : ws, i, false);
      else if (!negative && dv < 65536) {
        pass = small[dv] === 1 && (!skipUncued || this.cued(ws) || highByteNear(buf, ws, i, end, final) || this.continuesList(tok));
      } else {
        const v = negative ? -dv : dv;
        pass =
          ((negative || largeLow[v & 0xffff] === 1) && values.large.has(v)) ||
          (!negative && n === 8 && bareHexLow[low16OfHex(buf, i)] === 1 && values.bareHex.has(hexOfDigits(buf, ws, i))) ||
          (!negative && n >= 8 && v <= 0xffffffff && values.families[v >>> 16] === 1);
        if (pass && !negative && v < 10_000_000 && skipUncued) pass = this.cued(ws) || highByteNear(buf, ws, i, end, final) || this.continuesList(tok);
      }
      if (pass) {
        const r = this.candidate(ws, negative ? ws - 1 : ws, i, negative, 'decimal', n, final);
        if (r >= 0) return r;
      }
      this.numTok = tok;
      this.vouchCue = -1;
    } else if (buf[ws] === 48 && n > 2 && (buf[ws + 1]! | 32) === 120 && hexTail(buf, ws + 2, i)) {
      // 0x…
      const digits = n - 2;
      let pass = false;
      if (digits <= 8 || (digits <= 13 && (buf[ws + 2] === 48 || ((this.checks.hexLengths >>> digits) & 1) === 1))) {
        // Pointers (9 to 13 hex digits, no leading zero) stop at the length test: no value in `large` is that long.
        const v = hexOfDigits(buf, ws + 2, i);
        if (v < 65536) pass = small[v] === 1 && (!skipUncued || this.cued(ws) || highByteNear(buf, ws, i, end, final) || this.continuesList(tok));
        else pass = (largeLow[v & 0xffff] === 1 && values.large.has(v)) || (digits >= 8 && v <= 0xffffffff && values.families[v >>> 16] === 1);
      } else if (digits <= 16) pass = this.isHuge(ws, i, true);
      if (pass) {
        const r = this.candidate(ws, ws, i, false, 'hex', digits, final);
        if (r >= 0) return r;
      }
      this.numTok = tok;
      this.vouchCue = -1;
    } else if (n === 8 && hexTail(buf, ws, i) && bareHexLow[low16OfHex(buf, i)] === 1 && values.bareHex.has(hexOfDigits(buf, ws, i))) {
      const r = this.candidate(ws, ws, i, false, 'hex-no-prefix', 8, final);
      if (r >= 0) return r;
      this.numTok = tok;
      this.vouchCue = -1;
    }
    return -1;
  }

  /** True when buf[start, end) is one of the huge texts (too big for a double); hashed first, a string only on a hit. */
  private isHuge(start: number, end: number, foldCase: boolean): boolean {
    const buf = this.buf;
    if (this.checks.hugeHeads[((buf[start]! | 32) << 8) | (buf[start + 1]! | 32)] !== 1) return false;
    if (!this.checks.hugeHashes.has(hashOf(buf, start, end))) return false;
    const text = latin1(this.buf, start, end);
    return this.values.hugeTexts.has(foldCase ? text.toLowerCase() : text);
  }

  /** A word the table knows: a catalog name, a marker, a cue or a decoy. */
  private word(info: WordInfo, ws: number, we: number, bits: number): void {
    const f = info.flags;
    if (f & W_NAME && (bits & K_LOWER) === 0) {
      if (this.sink.name(this, ws, we, info)) this.lineHasFinding = true;
      this.nameTok = this.tok;
      this.vouchName = this.tok + 2;
    }
    if (f & W_MARKER) this.lineMask |= info.targets;
    if (f & W_SYSCALL) this.syscallLine = this.lineNo;
    if (f & W_FOREIGN) this.foreignLine = this.lineNo;
    if (f & (W_CUE_STRONG | W_CUE_WEAK)) {
      this.prevCueTok = this.cueTok;
      this.prevCueInfo = this.cueInfo;
      this.cueTok = this.tok;
      this.cueInfo = info;
      this.vouchCue = this.tok + 3;
    }
    if (f & W_DECOY) {
      this.decoyTok = this.tok;
      this.decoyInfo = info;
    }
    if (f & W_LINE_DECOY) {
      this.lineDecoyTok = this.tok;
      this.lineDecoyInfo = info;
    }
  }

  /** True when a cue (or a catalog name) is close enough before the next token to vouch for a small number. */
  private cued(ws: number): boolean {
    const tok = this.tok; // the number being judged already has index `tok`
    if (tok <= this.vouchName) return true;
    return tok <= this.vouchCue && (tok - this.cueTok === 1 || !keyedValue(this.buf, ws, this.lineLo));
  }

  /**
   * Hands a number to the sink. Returns -1 to continue, or the position to resume from when the
   * look-ahead the sink needs is not in the buffer yet.
   */
  private candidate(ws: number, start: number, end: number, negative: boolean, notation: NumberNotation, digits: number, final: boolean): number {
    if (!final && this.len - end < LOOKAHEAD && !hasNewline(this.buf, end, this.len)) {
      this.tok--;
      return ws;
    }
    // A list's uncued head (`1101` of `1101 -> 3003 -> -1313`) goes first, now that a member follows.
    if (this.skipTok === this.tok - 1 && this.continuesList(this.tok)) this.emitSkipped();
    const t = this.numTokObj;
    t.start = start;
    t.end = end;
    t.negative = negative;
    t.notation = notation;
    t.digits = digits;
    const ctx = this.ctxObj;
    const idx = this.tok;
    // A cue reaches past other words only when the number is not the value of one of them
    // (`onNetStatus CPU_USAGE=5`: 5 is CPU_USAGE's, not a status).
    const cueOk = this.cueTok > this.numTok && (idx - this.cueTok === 1 || !keyedValue(this.buf, ws, this.lineLo));
    ctx.cue = cueOk ? this.cueInfo : null;
    ctx.cueGap = cueOk ? idx - this.cueTok - 1 : 99;
    ctx.cueBefore = cueOk && this.cueTok - this.prevCueTok === 1 ? this.prevCueInfo : null;
    ctx.nameBefore = idx - this.nameTok <= 2;
    ctx.decoy = this.decoyTok > this.numTok ? this.decoyInfo : null;
    ctx.decoyGap = idx - this.decoyTok - 1;
    ctx.lineDecoy = this.lineDecoyTok >= 0 ? this.lineDecoyInfo : null;
    ctx.lineDecoyGap = idx - this.lineDecoyTok - 1;
    if (this.sink.number(this, t, ctx)) this.lineHasFinding = true;
    return -1;
  }

  /**
   * An uncued small catalog number (token `tok`, ending at `end`): no finding on its own, but it
   * may head a list whose next member is one; remembered for emitSkipped. False when it continues
   * a list itself (then it goes on to the sink).
   */
  private skipUncued(tok: number, end: number): boolean {
    if (this.continuesList(tok)) return false;
    this.skipTok = tok;
    this.skipEndAbs = this.bufAbs + end;
    return true;
  }

  /** True when token `tok` follows a number with a list separator between (`1101 -> 3003`, `1007, 1008`). */
  private continuesList(tok: number): boolean {
    return this.sepTok === tok - 1 && this.numTok === tok - 1;
  }

  /** Hands the remembered uncued list head to the sink (its bytes are still in the buffer: within LEFT). */
  private emitSkipped(): void {
    const skipTok = this.skipTok;
    this.skipTok = -100;
    const end = this.skipEndAbs - this.bufAbs;
    let start = end;
    const lo = this.lineLo;
    while (start > lo && (CLASS[this.buf[start - 1]!]! & K_DIGIT) !== 0) start--;
    // Its digits must all still be in the buffer (they are: a list gap is short, LEFT bytes are kept).
    if (start === end || (start === 0 && this.lineStartAbs < this.bufAbs)) return;
    const t = this.numTokObj;
    t.start = start;
    t.end = end;
    t.negative = false;
    t.notation = 'decimal';
    t.digits = t.end - start;
    const ctx = this.ctxObj;
    ctx.cue = null;
    ctx.cueGap = 99;
    ctx.cueBefore = null;
    ctx.nameBefore = false;
    // The latest decoy word, if it came before the head (a number in between is rare in a list's head).
    ctx.decoy = this.decoyTok < skipTok ? this.decoyInfo : null;
    ctx.decoyGap = skipTok - this.decoyTok - 1;
    ctx.lineDecoy = this.lineDecoyTok >= 0 && this.lineDecoyTok < skipTok ? this.lineDecoyInfo : null;
    ctx.lineDecoyGap = skipTok - this.lineDecoyTok - 1;
    if (this.sink.number(this, t, ctx)) this.lineHasFinding = true;
  }

  /**
   * Looks up the last camel/snake segment (cues, decoys) and the first (line decoys). Logs repeat
   * their words, so the answer is remembered per word hash (a direct-mapped cache: the same word
   * always gets the same answer, whatever the chunking).
   */
  private segments(ws: number, we: number, h: number): WordInfo | null {
    const slot = h & SEG_CACHE_MASK;
    if (this.segKeys[slot] === h && this.segLens[slot] === we - ws) {
      const v = this.segVals[slot]!;
      return v === 0 ? null : this.table.infos[v - 1]!;
    }
    const info = this.segmentsUncached(ws, we);
    this.segKeys[slot] = h;
    this.segLens[slot] = we - ws;
    this.segVals[slot] = info ? info.index + 1 : 0;
    return info;
  }

  private segmentsUncached(ws: number, we: number): WordInfo | null {
    const buf = this.buf;
    let lastStart = ws;
    let firstEnd = we;
    for (let j = ws + 1; j < we; j++) {
      const b = buf[j]!;
      const prev = buf[j - 1]!;
      let boundary = -1;
      if (b === 95) boundary = j + 1;
      else if (CLASS[b]! & K_UPPER && CLASS[prev]! & (K_LOWER | K_DIGIT)) boundary = j;
      if (boundary >= 0) {
        if (firstEnd === we) firstEnd = j;
        lastStart = boundary;
      }
    }
    if (lastStart < we && lastStart > ws) {
      const info = this.table.lookup(buf, lastStart, we, hashOf(buf, lastStart, we));
      // `LiteAVSDK_TRTC`, `onErrorTRTC`: a marker as the last part names its SDK too.
      if (info && info.flags & (W_CUE_STRONG | W_CUE_WEAK | W_DECOY | W_MARKER)) return info;
    }
    if (firstEnd < we && firstEnd > ws) {
      const info = this.table.lookup(buf, ws, firstEnd, hashOf(buf, ws, firstEnd));
      if (info && info.flags & W_LINE_DECOY) return info;
    }
    return null;
  }

  /** End of a line that had findings or SDK markers. */
  private lineBreak(i: number): void {
    if (this.lineHasFinding) {
      this.sink.lineEnd(this, i);
      this.lineHasFinding = false;
    }
    if (this.lineMask !== 0) {
      this.fileMask |= this.lineMask;
      this.recentMask = this.lineMask;
      this.lineMask = 0;
    }
  }

  private startColumns(): void {
    if (this.colLine !== this.lineNo) {
      this.colLine = this.lineNo;
      this.colAbs = this.lineStartAbs;
      this.colChars = 0;
    }
  }
}

function hashOf(buf: Uint8Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (buf[i]! | 32), FNV_PRIME);
  return h === 0 ? 1 : h;
}

function decimalOfDigits(buf: Uint8Array, start: number, end: number): number {
  let v = 0;
  for (let i = start; i < end; i++) v = v * 10 + (buf[i]! - 48);
  return v;
}

function hexOfDigits(buf: Uint8Array, start: number, end: number): number {
  let v = 0;
  for (let i = start; i < end; i++) v = v * 16 + HEXVAL[buf[i]!]!;
  return v;
}

/** The low 16 bits of the hex number whose last digit is at end - 1 (four digits at least). */
function low16OfHex(buf: Uint8Array, end: number): number {
  return (NIBBLE[buf[end - 4]!]! << 12) | (NIBBLE[buf[end - 3]!]! << 8) | (NIBBLE[buf[end - 2]!]! << 4) | NIBBLE[buf[end - 1]!]!;
}

function hexTail(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((CLASS[buf[i]!]! & K_HEX) === 0) return false;
  return true;
}

function hasNewline(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] === 10 || buf[i] === 13) return true;
  return false;
}

/**
 * Digits joined to digits by `.` `:` `,` (times, dates, versions, IPs, decimals): never a code, and
 * judgeNeighbours would say so; deciding it here spares the slow path for every timestamp part.
 * Only looks at bytes that are in the buffer, so it can answer "no" where the slow path would wait.
 */
function inNumericRun(buf: Uint8Array, ws: number, we: number, end: number): boolean {
  if (we + 1 < end) {
    const a = buf[we]!;
    if (a === 58 || a === 46 || a === 44) {
      const d = buf[we + 1]!;
      if (d >= 48 && d <= 57) return true;
    }
  }
  if (ws < 2) return false;
  const p = buf[ws - 1]!;
  if (p === 58 || p === 46 || p === 44) {
    const d = buf[ws - 2]!;
    if (d >= 48 && d <= 57) return true;
  }
  return false;
}

/** True when the number at ws is a `key=value` or `key: value` value (a sign, spaces and quotes skipped). */
function keyedValue(buf: Uint8Array, ws: number, lo: number): boolean {
  let p = ws - 1;
  if (p >= lo && buf[p] === 45) p--;
  while (p >= lo && (buf[p] === 32 || buf[p] === 34 || buf[p] === 39)) p--;
  return p >= lo && (buf[p] === 61 || buf[p] === 58);
}

/** A non-ASCII byte within 3 bytes of the number: a CJK cue may be there (`报-2301错误`). */
function highByteNear(buf: Uint8Array, ws: number, we: number, end: number, final: boolean): boolean {
  for (let j = Math.max(0, ws - 4); j < ws; j++) if (buf[j]! >= 0x80) return true;
  const lim = Math.min(end, we + 4);
  for (let j = we; j < lim; j++) {
    const b = buf[j]!;
    if (b >= 0x80) return true;
    if (b === 10 || b === 13) return false;
  }
  // Not enough bytes yet to know: let the candidate path wait for the look-ahead.
  return !final && we + 4 > end;
}

/** Characters (UTF-8 lead bytes and invalid bytes) in buf[start, end). */
function countChars(buf: Uint8Array, start: number, end: number): number {
  let cont = 0;
  for (let i = start; i < end; i++) if ((buf[i]! & 0xc0) === 0x80) cont++;
  return end - start - cont;
}

/** True when buf[start, end) holds exactly the char codes of s. */
function sameBytes(buf: Uint8Array, start: number, end: number, s: string): boolean {
  if (s.length !== end - start) return false;
  for (let i = start; i < end; i++) if (buf[i] !== s.charCodeAt(i - start)) return false;
  return true;
}

export function latin1(buf: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]!);
  return s;
}
