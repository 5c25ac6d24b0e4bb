/**
 * The words around a number: SDK markers, cue words, decoys. The vocabulary is data
 * (data/context-words.json); this module turns it into a hash table the tokenizer probes once per
 * word, and judges the bytes right next to a number (separators, units, CJK cues).
 */
import type { SdkRegistry } from '../catalog/registry.js';
import type { Entry } from '../catalog/schema.js';
import { nameKey } from '../notation/written.js';
import { readContextWords } from './knowledge.js';

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

/**
 * Case-folded FNV-1a over bytes. `| 32` folds ASCII letters and leaves digits alone; `_` folds to
 * 0x7f, which is harmless because every key is folded the same way. The tokenizer inlines this.
 */
export function foldHash(bytes: Uint8Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i]! | 32), FNV_PRIME);
  return h === 0 ? 1 : h;
}

export const W_CUE_STRONG = 1;
export const W_CUE_WEAK = 2;
export const W_MARKER = 4;
export const W_DECOY = 8;
export const W_LINE_DECOY = 16;
export const W_NAME = 32;
/** A system call (`connect`, `send`): a small number after an error word on its line is an errno. */
export const W_SYSCALL = 64;
/** Another player or framework (`MediaPlayer`, `ijkplayer`): short numbers near it are its own. */
export const W_FOREIGN = 128;

/** What a cue word says the number is (CUE_CLASS_*), 0 when it says neither. */
export const CUE_CLASS_ERROR = 1;
export const CUE_CLASS_EVENT = 2;

export interface WordInfo {
  /** The word, lower-case (vocabulary) or as the catalog spells it (names). */
  text: string;
  folded: Uint8Array;
  flags: number;
  /** SDK target bits of a marker (see SdkTargets). */
  targets: number;
  decoy: string | null;
  lineDecoy: string | null;
  /** Catalog entries for a symbolic name (W_NAME). */
  entries: Entry[];
  /** Next word with the same hash, -1 at the end of the chain. */
  next: number;
  /** Position in WordTable.infos. */
  index: number;
}

/**
 * Bits for SDK context. A marker for `tencent-lvb/play` sets both the module bit and the
 * `tencent-lvb` bit, so a module-level marker also counts as SDK context.
 */
export class SdkTargets {
  private readonly bits = new Map<string, number>();

  bit(target: string): number {
    let b = this.bits.get(target);
    if (b === undefined) {
      if (this.bits.size >= 31) return 0;
      b = 1 << this.bits.size;
      this.bits.set(target, b);
    }
    return b;
  }

  /** Bits a marker sets: each target and the SDK part of a `sdk/module` target. */
  markerMask(targets: readonly string[]): number {
    let m = 0;
    for (const t of targets) {
      m |= this.bit(t);
      const slash = t.indexOf('/');
      if (slash > 0) m |= this.bit(t.slice(0, slash));
    }
    return m;
  }

  sdkBit(e: Entry): number {
    return this.bit(e.sdk);
  }

  moduleBit(e: Entry): number {
    return this.bits.get(`${e.sdk}/${e.module}`) ?? 0;
  }

  /** The target names set in a mask, for reports. */
  names(mask: number): string[] {
    const out: string[] = [];
    for (const [name, b] of this.bits) if (mask & b) out.push(name);
    return out;
  }
}

/**
 * Open-addressed hash table from case-folded word bytes to what the word means. Keys and chain
 * heads sit side by side (`slots[2s]` = hash, 0 when empty; `slots[2s + 1]` = first info index) and
 * the table is at most half full, so a probe for a word that is not there — most words of a log —
 * usually reads one cache line.
 */
export class WordTable {
  readonly slots: Int32Array;
  /** Slot count − 1 (a power of two minus one). */
  readonly mask: number;
  readonly infos: WordInfo[] = [];
  private readonly byText = new Map<string, number>();

  constructor(capacity: number) {
    let size = 64;
    while (size < capacity * 2) size <<= 1;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** Adds (or merges into) the word; returns its info. */
  add(word: string, text = word): WordInfo {
    const foldedText = foldString(word);
    const existing = this.byText.get(foldedText);
    if (existing !== undefined) return this.infos[existing]!;
    const folded = new Uint8Array(foldedText.length);
    for (let i = 0; i < foldedText.length; i++) folded[i] = foldedText.charCodeAt(i);
    const idx = this.infos.length;
    if (idx >= this.mask) throw new RangeError('word table is full');
    const info: WordInfo = { text, folded, flags: 0, targets: 0, decoy: null, lineDecoy: null, entries: [], next: -1, index: idx };
    this.infos.push(info);
    this.byText.set(foldedText, idx);
    const h = foldHash(folded, 0, folded.length);
    let slot = h & this.mask;
    for (;;) {
      const key = this.slots[slot * 2]!;
      if (key === 0) {
        this.slots[slot * 2] = h;
        this.slots[slot * 2 + 1] = idx;
        break;
      }
      if (key === h) {
        info.next = this.slots[slot * 2 + 1]!;
        this.slots[slot * 2 + 1] = idx;
        break;
      }
      slot = (slot + 1) & this.mask;
    }
    return info;
  }

  /** The word at buf[start, end) among the chain that starts at info index `head`, or null. */
  match(buf: Uint8Array, start: number, end: number, head: number): WordInfo | null {
    for (let i = head; i !== -1; i = this.infos[i]!.next) {
      const info = this.infos[i]!;
      if (sameFolded(buf, start, end, info.folded)) return info;
    }
    return null;
  }

  /** The word at buf[start, end) with precomputed hash `h` (never 0), or null. */
  lookup(buf: Uint8Array, start: number, end: number, h: number): WordInfo | null {
    const slots = this.slots;
    let slot = h & this.mask;
    for (;;) {
      const key = slots[slot * 2]!;
      if (key === h) return this.match(buf, start, end, slots[slot * 2 + 1]!);
      if (key === 0) return null;
      slot = (slot + 1) & this.mask;
    }
  }
}

function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(s.charCodeAt(i) | 32);
  return out;
}

function sameFolded(buf: Uint8Array, start: number, end: number, folded: Uint8Array): boolean {
  if (end - start !== folded.length) return false;
  for (let i = 0; i < folded.length; i++) if ((buf[start + i]! | 32) !== folded[i]) return false;
  return true;
}

export interface Vocabulary {
  table: WordTable;
  targets: SdkTargets;
  /** CJK cue words as UTF-8 bytes, longest first. */
  cjkCues: CjkWord[];
  /** CJK quantity words before a number and units after it, longest first. */
  cjkDecoysBefore: CjkWord[];
  cjkDecoysAfter: CjkWord[];
  /** Cue word (lower-case, or CJK) → CUE_CLASS_ERROR or CUE_CLASS_EVENT. */
  cueClasses: Map<string, number>;
  /** The largest value read as an errno next to a system call. */
  errnoMax: number;
  /** SDK → the notations its codes are written in, from the SDK registry (TXLiteAVCode.h writes decimal; its table is in hex). */
  sdkNotations: Map<string, string[]>;
  units: Map<string, string>;
  ignoredValues: Set<string>;
  /** Chinese marker phrases as UTF-8 bytes with the target bits they set (cjkMarkers). */
  cjkMarkers: { bytes: Uint8Array; mask: number }[];
  /** SDKs whose negative errors may be written without the sign, and the least magnitude read so. */
  signDropped: { sdks: Set<string>; minValue: bigint };
  /** When a header-only code may be read from a small number (data/context-words.json, headerOnlyEvidence). */
  headerOnly: HeaderOnlyEvidence;
}

/** What counts as evidence of the SDK of a code only its header defines. */
export interface HeaderOnlyEvidence {
  /** The largest absolute value that needs the evidence: larger values are distinctive on their own. */
  maxValue: bigint;
  /** SDK → the target bits that count as its evidence: its own and those of the SDKs that surface its codes. */
  sdkEvidence: Map<string, number>;
  /** `sdk/module` → the module's own bit, for modules that need a marker of their own. */
  ownMarkerModules: Map<string, number>;
}

export interface CjkWord {
  text: string;
  bytes: Uint8Array;
}

/** Builds the word table from the vocabulary file and the catalog's names and aliases. */
export function buildVocabulary(entries: readonly Entry[], registry: SdkRegistry): Vocabulary {
  const v = readContextWords();
  const ignoredValues = new Set(v.ignoredValues.values);
  const vocabularyWords =
    v.markers.reduce((n, m) => n + m.words.length, 0) +
    v.cues.strong.length +
    v.cues.weak.length +
    Object.values(v.decoys.before).flat().length +
    Object.values(v.decoys.line).flat().length +
    v.foreignMarkers.words.length +
    v.errno.syscalls.length;
  const table = new WordTable(vocabularyWords + entries.reduce((n, e) => n + 1 + e.aliases.length, 0));
  const targets = new SdkTargets();
  // Every catalog SDK gets a bit, so --sdk and file context work for SDKs without markers.
  for (const e of entries) targets.bit(e.sdk);

  for (const group of v.markers) {
    const mask = targets.markerMask(group.targets);
    for (const w of group.words) {
      const info = table.add(w);
      info.flags |= W_MARKER;
      info.targets |= mask;
    }
  }
  for (const w of v.cues.strong) table.add(w).flags |= W_CUE_STRONG;
  for (const w of v.cues.weak) table.add(w).flags |= W_CUE_WEAK;
  for (const [kind, words] of Object.entries(v.decoys.before)) {
    for (const w of words) {
      const info = table.add(w);
      // A word that is also a cue stays a cue: `status` is never a decoy.
      if (info.flags & (W_CUE_STRONG | W_CUE_WEAK)) continue;
      info.flags |= W_DECOY;
      info.decoy = kind;
    }
  }
  for (const [kind, words] of Object.entries(v.decoys.line)) {
    for (const w of words) {
      const info = table.add(w);
      info.flags |= W_LINE_DECOY;
      info.lineDecoy = kind;
    }
  }
  for (const w of v.foreignMarkers.words) table.add(w).flags |= W_FOREIGN;
  for (const w of v.errno.syscalls) table.add(w).flags |= W_SYSCALL;
  // Names of every value, 0 included: `returned STATUS_SUCCESS` is written on purpose, where a bare
  // 0 after a cue is every call's success and stays unreported (ignoredValues).
  for (const e of entries) {
    // A name the catalog made up (RECORDING_ERR_30000001) is never printed by an SDK.
    for (const n of e.generatedName ? e.aliases : [e.name, ...e.aliases]) {
      const key = nameKey(n);
      if (!/^[A-Z][A-Z0-9_]*_[A-Z0-9_]+$/.test(key)) continue;
      const info = table.add(key, key);
      info.flags |= W_NAME;
      if (!info.entries.includes(e)) info.entries.push(e);
    }
  }

  const sdkEvidence = new Map<string, number>();
  for (const e of entries) if (!sdkEvidence.has(e.sdk)) sdkEvidence.set(e.sdk, targets.bit(e.sdk));
  for (const [sdk, surfacing] of Object.entries(v.headerOnlyEvidence.surfacedBy)) {
    sdkEvidence.set(sdk, surfacing.reduce((m, s) => m | targets.bit(s), sdkEvidence.get(sdk) ?? targets.bit(sdk)));
  }
  // A module bit exists only once a marker names the module (the build checks that one does).
  const ownMarkerModules = new Map(v.headerOnlyEvidence.ownMarkerModules.map((m) => [m, targets.markerMask([m]) & ~targets.bit(m.split('/')[0]!)] as const));

  const units = new Map<string, string>();
  for (const [kind, words] of Object.entries(v.decoys.units)) for (const w of words) units.set(w, kind);
  const enc = new TextEncoder();
  const cjkWords = (words: readonly string[]): CjkWord[] => words.map((text) => ({ text, bytes: enc.encode(text) })).sort((a, b) => b.bytes.length - a.bytes.length);
  const cueClasses = new Map<string, number>();
  for (const w of v.cues.classes.error) cueClasses.set(w, CUE_CLASS_ERROR);
  for (const w of v.cues.classes.event) cueClasses.set(w, CUE_CLASS_EVENT);
  return {
    table,
    targets,
    cjkCues: cjkWords(v.cues.cjk),
    cjkDecoysBefore: cjkWords(v.decoys.cjk.before),
    cjkDecoysAfter: cjkWords(v.decoys.cjk.after),
    cueClasses,
    errnoMax: v.errno.maxValue,
    sdkNotations: new Map(registry.sdks.map((s) => [s.id, [...s.notations]])),
    units,
    ignoredValues,
    cjkMarkers: v.cjkMarkers.flatMap((m) => m.words.map((w) => ({ bytes: enc.encode(w), mask: targets.markerMask(m.targets) }))),
    signDropped: { sdks: new Set(v.signDropped.sdks), minValue: BigInt(v.signDropped.minValue) },
    headerOnly: { maxValue: BigInt(v.headerOnlyEvidence.maxValue), sdkEvidence, ownMarkerModules },
  };
}

/** Resolves `--sdk` (an SDK id or alias of the registry, optionally `/module`) to a catalog target, or null. */
export function resolveSdk(registry: SdkRegistry, entries: readonly Entry[], name: string): string | null {
  const slash = name.indexOf('/');
  const ids = registry.resolve(slash < 0 ? name : name.slice(0, slash));
  if (ids.length !== 1) return null;
  if (slash < 0) return ids[0]!;
  const target = `${ids[0]}/${name.slice(slash + 1).trim().toLowerCase()}`;
  return entries.some((e) => `${e.sdk}/${e.module}` === target) ? target : null;
}

const DIGIT_LO = 48;
const DIGIT_HI = 57;
function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= DIGIT_LO && b <= DIGIT_HI;
}
function isAsciiLetter(b: number): boolean {
  const f = b | 32;
  return f >= 97 && f <= 122;
}

// Bytes a CJK cue may be separated from the number by: space, =, :, quotes, brackets.
function isGlue(b: number): boolean {
  return b === 32 || b === 61 || b === 58 || b === 34 || b === 39 || b === 40 || b === 41 || b === 91 || b === 93 || b === 9;
}

// Full-width glue, three bytes in UTF-8: ： （ ） 【 】 「 」 “ ” and the ideographic space.
const WIDE_GLUE = ['：', '（', '）', '【', '】', '「', '」', '“', '”', '\u3000'].map((c) => new TextEncoder().encode(c));

/** Bytes of glue ending at p (1 or 3), or 0. */
function glueBefore(buf: Uint8Array, p: number, lo: number): number {
  if (p - 1 < lo) return 0;
  if (isGlue(buf[p - 1]!)) return 1;
  if (p - 3 < lo || buf[p - 1]! < 0x80) return 0;
  for (const g of WIDE_GLUE) if (buf[p - 3] === g[0] && buf[p - 2] === g[1] && buf[p - 1] === g[2]) return 3;
  return 0;
}

/** Bytes of glue starting at q (1 or 3), or 0. */
function glueAfter(buf: Uint8Array, q: number, hi: number): number {
  if (q >= hi) return 0;
  if (isGlue(buf[q]!)) return 1;
  if (q + 3 > hi || buf[q]! < 0x80) return 0;
  for (const g of WIDE_GLUE) if (buf[q] === g[0] && buf[q + 1] === g[1] && buf[q + 2] === g[2]) return 3;
  return 0;
}

/**
 * Why the bytes around a number at buf[start, end) (start includes a minus sign) say it is not a
 * code, or null: dates, times, versions and IPs (digits joined by . : , -), paths and fractions
 * (/), percentages, and unit words (`1024 bytes`, `40 ms`). `lo` is the first byte of the line
 * that is in the buffer, `hi` the end of valid bytes (the tokenizer guarantees a look-ahead or the
 * line end before it).
 */
export function judgeNeighbours(vocab: Vocabulary, buf: Uint8Array, start: number, end: number, lo: number, hi: number): string | null {
  let decoy: string | null = null;
  const p = start - 1;
  if (p >= lo) {
    const b = buf[p]!;
    if ((b === 46 || b === 58 || b === 44) && p - 1 >= lo && isDigit(buf[p - 1])) decoy = 'numeric-run';
    else if (b === 45 && p - 1 >= lo && isDigit(buf[p - 1])) decoy = 'date-or-range';
    else if (b === 47 || b === 92) decoy = 'path';
  }
  if (decoy === null && end < hi) {
    const b = buf[end]!;
    if ((b === 46 || b === 58 || b === 44 || b === 45) && end + 1 < hi && isDigit(buf[end + 1])) decoy = 'numeric-run';
    else if (b === 47 || b === 92) decoy = 'path';
    else if (b === 37) decoy = 'percent';
    else {
      let q = end;
      if (b === 32) q++;
      const w0 = q;
      while (q < hi && q - w0 <= 8 && isAsciiLetter(buf[q]!)) q++;
      if (q > w0 && q - w0 <= 8 && (q >= hi || !isAsciiLetter(buf[q]!)) && !(q < hi && (isDigit(buf[q]) || buf[q] === 95))) {
        let word = '';
        for (let i = w0; i < q; i++) word += String.fromCharCode(buf[i]! | 32);
        const unit = vocab.units.get(word);
        if (unit) decoy = unit;
      }
    }
  }
  return decoy;
}

/** The target bits of the Chinese marker phrases in buf[from, to) (0 when none, or no byte is non-ASCII). */
export function cjkMarkerMask(vocab: Vocabulary, buf: Uint8Array, from: number, to: number): number {
  let mask = 0;
  if (vocab.cjkMarkers.length === 0) return 0;
  for (let i = from; i < to; i++) {
    if (buf[i]! < 0x80) continue;
    for (const m of vocab.cjkMarkers) if (startsWith(buf, i, to, m.bytes)) mask |= m.mask;
  }
  return mask;
}

/** A CJK word of `words` right before the number (up to four glue characters between), or null. */
export function cjkWordBefore(words: readonly CjkWord[], buf: Uint8Array, start: number, lo: number): string | null {
  let p = start;
  for (let k = 0, g = 0; k < 4 && (g = glueBefore(buf, p, lo)) > 0; k++) p -= g;
  if (p - 1 >= lo && buf[p - 1]! >= 0x80) {
    for (const w of words) if (endsWith(buf, lo, p, w.bytes)) return w.text;
  }
  return null;
}

/** A CJK word of `words` right after the number (up to four glue characters between), or null. */
export function cjkWordAfter(words: readonly CjkWord[], buf: Uint8Array, end: number, hi: number): string | null {
  let q = end;
  for (let k = 0, g = 0; k < 4 && (g = glueAfter(buf, q, hi)) > 0; k++) q += g;
  if (q < hi && buf[q]! >= 0x80) {
    for (const w of words) if (startsWith(buf, q, hi, w.bytes)) return w.text;
  }
  return null;
}

/**
 * Why the CJK text right around a number says it is a quantity (`端口1935`, `耗时200毫秒`, `5次`,
 * `100元`), or null. A unit must follow directly (a space at most); a quantity word may be glued.
 */
export function judgeCjkNeighbours(vocab: Vocabulary, buf: Uint8Array, start: number, end: number, lo: number, hi: number): string | null {
  let q = end;
  if (q < hi && buf[q] === 32) q++;
  if (q < hi && buf[q]! >= 0x80) {
    for (const w of vocab.cjkDecoysAfter) if (startsWith(buf, q, hi, w.bytes)) return `unit ${w.text}`;
  }
  const before = cjkWordBefore(vocab.cjkDecoysBefore, buf, start, lo);
  return before === null ? null : `quantity ${before}`;
}

function endsWith(buf: Uint8Array, lo: number, p: number, bytes: Uint8Array): boolean {
  if (p - bytes.length < lo) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[p - bytes.length + i] !== bytes[i]) return false;
  return true;
}
function startsWith(buf: Uint8Array, q: number, hi: number, bytes: Uint8Array): boolean {
  if (q + bytes.length > hi) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[q + i] !== bytes[i]) return false;
  return true;
}
