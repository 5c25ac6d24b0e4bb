/**
 * From a number or name in a log, plus what surrounds it, to a catalog entry, the alternatives
 * and a confidence. Readings come from the catalog index (value, 32-bit twin, misprint, a
 * document's bare-hex literal, name, alias); ranking follows the lookup library's weights, with
 * the log's SDK context (a marker on the line, earlier in the file, or --sdk) as the hint.
 */
import type { Entry } from '../catalog/schema.js';
import type { CatalogIndex } from '../lookup/catalog-index.js';
import { RANK_WEIGHTS } from '../lookup/rank.js';
import { explainValue } from '../lookup/structure.js';
import { toInt32, toUint32 } from '../notation/literal.js';
import { notationOf, writtenCode } from '../notation/written.js';
import { CUE_CLASS_ERROR, type SdkTargets, type Vocabulary } from './context.js';
import { NumberSet, type ValueFilter } from './tokenizer.js';
import type { Alternative, EntryRef, Reading, ScanNotation } from './types.js';

/** Confidence of each way of writing a code, before context (see README, "Scanning logs"). */
export const SHAPE = {
  name: 0.9,
  /** `0x5200002e`: eight hex digits, the way KVS prints a STATUS. */
  hexPadded: 0.85,
  /** `0x150000010`, `0xffffffffffffffff`: longer than 32 bits, misprints and 64-bit values. */
  hexLong: 0.7,
  /** `1375731758`, `20030004`, `40000001`: eight or more decimal digits. */
  decimalLong: 0.7,
  /** `-2301`: a negative number is rarely a quantity. */
  negative: 0.55,
  /** `2005000A`: a document's bare-hex literal with letters. */
  hexBare: 0.4,
  /** `0x00000001`: padded but small. Heap flags and masks look the same. */
  hexPaddedSmall: 0.25,
  /** `0xf`, `2103`, `1`: short numbers are everywhere; only a cue makes them codes. */
  short: 0.2,
} as const;
/** `list`: a member of a list whose other member is a code (`返回3002，3003`, `1101 -> 3003`). */
export const CUE = { strongAdjacent: 0.4, strongNear: 0.3, weak: 0.2, cjk: 0.35, name: 0.4, list: 0.35 } as const;
/**
 * `fileConflict`: the file names other SDKs only; `undocumented`: a header-only entry whose SDK the
 * file never names; `eventAfterError`: an event (2001 "connected") after an error word;
 * `foreign`: a short number in a log that names another player and none of these SDKs;
 * `tinyUnmarked`: a decimal below 10 in a log that names no SDK at all.
 */
export const CONTEXT = {
  line: 0.15,
  file: 0.05,
  conflict: -0.15,
  fileConflict: -0.15,
  undocumented: -0.1,
  eventAfterError: -0.2,
  foreign: -0.2,
  tinyUnmarked: -0.15,
  ambiguousSdk: -0.1,
  ambiguousModule: -0.05,
} as const;
/** Ranking points an event loses after an error word: an error or warning of the same value goes first. */
const EVENT_AFTER_ERROR_RANK = 30;
export const UNKNOWN = { hex: -0.2, decimal: -0.3, cap: 0.8 } as const;
/** The highest confidence a short number can reach without a cue: the tokenizer skips those when the threshold is above it. */
export const SHORT_UNCUED_MAX = Math.max(SHAPE.short, SHAPE.hexPaddedSmall) + CONTEXT.line;

export interface SdkContext {
  /** Marker bits on the line, the latest line with markers before it, and the whole file (so far, past the deferral limit). */
  line: number;
  recent: number;
  file: number;
  /** Bits of a forced --sdk, 0 when none. */
  forced: number;
  /** The line or file names another player and none of these SDKs (see CONTEXT.foreign). */
  foreign?: boolean;
  /** What the cue word says: CUE_CLASS_ERROR, CUE_CLASS_EVENT, or 0. */
  cueClass?: number;
}

export interface NumberCandidate {
  text: string;
  notation: Exclude<ScanNotation, 'name'>;
  digits: number;
  /** Confidence the cue words add (0 without a cue). */
  cueScore: number;
}

export interface Identification {
  entry: Entry | null;
  reading: Reading | null;
  alternatives: Alternative[];
  confidence: number;
  sdkFrom: 'line' | 'file' | 'forced' | null;
  structure: string | null;
}

/** An identification before the cue is counted; shared between findings (do not mutate). */
export interface Resolved {
  entry: Entry | null;
  ref: EntryRef | null;
  reading: Reading | null;
  alternatives: Alternative[];
  sdkFrom: Identification['sdkFrom'];
  /** Confidence from the notation and the SDK context; the cue is added per finding. */
  base: number;
  cap: number;
  structure: string | null;
}

/** Confidence of a resolved code with the cue's contribution: clamped, two decimals. */
export function confidenceOf(r: Resolved, cueScore: number): number {
  return round(Math.min(r.cap, r.base + cueScore));
}

/** A stable key for an SDK context (for caches). */
export function contextKey(ctx: SdkContext): string {
  return `${ctx.line},${ctx.recent},${ctx.file},${ctx.forced},${ctx.foreign ? 1 : 0},${ctx.cueClass ?? 0}:`;
}

function identification(r: Resolved, cueScore: number): Identification {
  return { entry: r.entry, reading: r.reading, alternatives: r.alternatives, confidence: confidenceOf(r, cueScore), sdkFrom: r.sdkFrom, structure: r.structure };
}

interface Scored {
  entry: Entry;
  reading: Reading;
  score: number;
  sdkFrom: Identification['sdkFrom'];
}

const TWO_53 = 2 ** 53;

export class Identifier {
  private readonly notations = new Map<string, Set<string>>();
  private readonly asWritten = new Map<string, Entry[]>();
  private readonly families = new Set<number>();
  // Per SDK context, per notation, per text: a log repeats a few codes in a few contexts.
  private readonly cache = new Map<string, Record<ScanNotation, Map<string, Resolved | null>>>();
  private cached = 0;
  private readonly refs = new Map<Entry, EntryRef>();
  // Built once per process, not per scan (about 1 ms each): a server runs a scan per request.
  // Only the skip flag depends on the threshold, so two filters cover every minConfidence.
  private readonly filters = new Map<boolean, ValueFilter>();

  constructor(
    readonly index: CatalogIndex,
    private readonly vocab: Vocabulary,
  ) {
    // How each SDK's documents write its codes (its headers, for an SDK no document covers).
    const fromDocs = new Map<string, Set<string>>();
    const fromAll = new Map<string, Set<string>>();
    for (const e of index.entries) {
      for (const s of e.sources) {
        const style = notationOf(s.codeAsWritten, e.value);
        if (!style) continue;
        setOf(fromAll, e.sdk).add(style);
        if (s.sourceKind === 'document') setOf(fromDocs, e.sdk).add(style);
        if (style === 'hex-no-prefix') add(this.asWritten, s.codeAsWritten.trim().toLowerCase(), e);
      }
    }
    for (const [sdk, all] of fromAll) this.notations.set(sdk, fromDocs.get(sdk) ?? new Set(vocab.sdkNotations.get(sdk) ?? all));
    // Families: 16-bit blocks that hold at least three codes (0x5200xxxx, 0x2005xxxx, 0x0262xxxx…).
    const blocks = new Map<number, number>();
    for (const e of this.usable()) {
      const v = BigInt(e.value);
      if (v >= 0x10000n && v <= 0xffffffffn) blocks.set(Number(v >> 16n), (blocks.get(Number(v >> 16n)) ?? 0) + 1);
    }
    for (const [block, count] of blocks) if (count >= 3) this.families.add(block);
  }

  /** A negative error of an SDK whose codes are posted without their sign (vocabulary signDropped). */
  private signDroppable(e: Entry): boolean {
    const { sdks, minValue } = this.vocab.signDropped;
    return e.kind === 'error' && sdks.has(e.sdk) && BigInt(e.value) <= -minValue;
  }

  private *usable(): Generator<Entry> {
    for (const e of this.index.entries) if (!this.vocab.ignoredValues.has(e.value)) yield e;
  }

  /** The value sets the tokenizer tests before it allocates anything (shared, read-only). */
  valueFilter(minConfidence: number): ValueFilter {
    const skipUncuedSmall = minConfidence > SHORT_UNCUED_MAX;
    let filter = this.filters.get(skipUncuedSmall);
    if (!filter) {
      const sets = this.filters.get(!skipUncuedSmall) ?? this.buildValueFilter();
      this.filters.set(skipUncuedSmall, (filter = { ...sets, skipUncuedSmall }));
    }
    return filter;
  }

  private buildValueFilter(): ValueFilter {
    const small = new Uint8Array(65536);
    const large: number[] = [];
    const hugeTexts = new Set<string>();
    const bareHex: number[] = [];
    const put = (v: bigint) => {
      if (this.vocab.ignoredValues.has(v.toString())) return;
      if (v >= 0n && v < 65536n) small[Number(v)] = 1;
      else if (v >= -TWO_53 && v <= TWO_53) large.push(Number(v));
      else {
        hugeTexts.add(v.toString());
        if (v > 0n) hugeTexts.add('0x' + v.toString(16));
      }
    };
    for (const e of this.usable()) {
      const v = BigInt(e.value);
      put(v);
      const twin = v < 0n ? toUint32(v) : toInt32(v);
      if (twin !== null) put(twin);
      for (const m of e.misprints) put(BigInt(m.value));
      if (this.signDroppable(e)) put(-v);
    }
    for (const [text, entries] of this.asWritten) {
      if (entries.some((e) => !this.vocab.ignoredValues.has(e.value))) bareHex.push(parseInt(text, 16));
    }
    const families = new Uint8Array(65536);
    for (const block of this.families) families[block] = 1;
    const largeLow = new Uint8Array(65536);
    for (const v of large) if (v > 0) largeLow[v & 0xffff] = 1;
    return { small, large: new NumberSet(large), largeLow, families, bareHex: new NumberSet(bareHex), hugeTexts, skipUncuedSmall: false };
  }

  /**
   * Identifies a number; null when it reads as nothing code-shaped. `ctxKey` names the SDK
   * context (equal contexts, equal keys): results are cached per text and context, since a log
   * repeats the same few codes.
   */
  resolveNumber(text: string, notation: NumberCandidate['notation'], digits: number, ctx: SdkContext, ctxKey: string, targets: SdkTargets): Resolved | null {
    const cache = this.cacheFor(ctxKey)[notation];
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const r = this.resolveUncached(text, notation, digits, ctx, targets);
    cache.set(text, r);
    this.cached++;
    return r;
  }

  private cacheFor(ctxKey: string): Record<ScanNotation, Map<string, Resolved | null>> {
    let m = this.cache.get(ctxKey);
    if (!m || this.cached >= 8192) {
      if (this.cached >= 8192) {
        this.cache.clear();
        this.cached = 0;
      }
      m = { hex: new Map(), decimal: new Map(), 'hex-no-prefix': new Map(), name: new Map() };
      this.cache.set(ctxKey, m);
    }
    return m;
  }

  private resolveUncached(text: string, notation: NumberCandidate['notation'], digits: number, ctx: SdkContext, targets: SdkTargets): Resolved | null {
    const value = parseNumber(text, notation);
    if (value === null) return null;
    const ranked = this.rank(this.readings({ text, notation, digits, cueScore: 0 }, value, ctx, targets).filter((r) => this.evidenced(r.entry, ctx, targets)), ctx, targets, notation);
    const shape = shapeOf(notation, digits, value);
    if (ranked.length === 0) {
      const structure = this.structure(value, notation, digits);
      if (!structure) return null;
      const adjust = notation === 'decimal' ? UNKNOWN.decimal : UNKNOWN.hex;
      return { entry: null, ref: null, reading: null, alternatives: [], sdkFrom: null, base: shape + adjust, cap: UNKNOWN.cap, structure };
    }
    const top = ranked[0]!;
    // A short number in a log of another player (MediaPlayer's `error (1, -1004)`) is that player's.
    const foreign = ctx.foreign && shape <= SHAPE.hexPaddedSmall ? CONTEXT.foreign : 0;
    // `result 1`, `Error Code:4` with no SDK named anywhere: the smallest numbers are every library's.
    const tiny = notation === 'decimal' && value >= 0n && value < 10n && (ctx.line | ctx.recent | ctx.file | ctx.forced) === 0 ? CONTEXT.tinyUnmarked : 0;
    return {
      entry: top.entry,
      ref: this.refOf(top.entry),
      reading: top.reading,
      alternatives: ranked.slice(1, 6).map(alternative),
      sdkFrom: top.sdkFrom,
      base: shape + foreign + tiny + this.contextScore(top.entry, ranked, ctx, targets),
      cap: 0.99,
      structure: null,
    };
  }

  /**
   * Whether the log gives the evidence a reading needs. A code no document describes, whose value
   * is small (-5, 4000, 6013), is every library's number: it is read as its SDK's only where the
   * line names that SDK — or, on a line that names none, the log does — or --sdk does; some
   * modules (another generation of the SDK) need a marker of their own. See headerOnlyEvidence
   * in data/context-words.json.
   */
  private evidenced(e: Entry, ctx: SdkContext, targets: SdkTargets): boolean {
    if (e.documented) return true;
    const h = this.vocab.headerOnly;
    const v = BigInt(e.value);
    if ((v < 0n ? -v : v) > h.maxValue) return true;
    const named = ctx.forced | (ctx.line !== 0 ? ctx.line : ctx.recent | ctx.file);
    const own = h.ownMarkerModules.get(`${e.sdk}/${e.module}`);
    if (own !== undefined) return (named & own) !== 0 || (ctx.forced & targets.sdkBit(e)) !== 0;
    return (named & (h.sdkEvidence.get(e.sdk) ?? targets.sdkBit(e))) !== 0;
  }

  /** Identifies a catalog name found in the text. */
  resolveName(text: string, entries: readonly Entry[], ctx: SdkContext, ctxKey: string, targets: SdkTargets): Resolved {
    const cache = this.cacheFor(ctxKey).name;
    const hit = cache.get(text);
    if (hit) return hit;
    const scored: { entry: Entry; reading: Reading }[] = entries.map((entry) => ({ entry, reading: 'name' }));
    const ranked = this.rank(scored, ctx, targets, 'name', text);
    const top = ranked[0]!;
    const r: Resolved = {
      entry: top.entry,
      ref: this.refOf(top.entry),
      reading: 'name',
      alternatives: ranked.slice(1, 6).map(alternative),
      sdkFrom: top.sdkFrom,
      base: SHAPE.name + this.contextScore(top.entry, ranked, ctx, targets),
      cap: 0.99,
      structure: null,
    };
    cache.set(text, r);
    this.cached++;
    return r;
  }

  /** Identification of a number with its cue: the one-call form for the library and tests. */
  identifyNumber(c: NumberCandidate, ctx: SdkContext, targets: SdkTargets): Identification | null {
    const r = this.resolveNumber(c.text, c.notation, c.digits, ctx, contextKey(ctx), targets);
    return r && identification(r, c.cueScore);
  }

  identifyName(text: string, entries: readonly Entry[], ctx: SdkContext, targets: SdkTargets): Identification {
    return identification(this.resolveName(text, entries, ctx, contextKey(ctx), targets), 0);
  }

  private refOf(e: Entry): EntryRef {
    let ref = this.refs.get(e);
    if (!ref) this.refs.set(e, (ref = entryRef(e)));
    return ref;
  }

  private readings(c: NumberCandidate, value: bigint, ctx: SdkContext, targets: SdkTargets): { entry: Entry; reading: Reading }[] {
    const out: { entry: Entry; reading: Reading }[] = [];
    const seen = new Set<Entry>();
    const push = (entries: readonly Entry[], reading: Reading) => {
      for (const entry of entries) {
        if (seen.has(entry) || this.vocab.ignoredValues.has(entry.value)) continue;
        seen.add(entry);
        out.push({ entry, reading });
      }
    };
    const idx = this.index;
    if (c.notation === 'hex-no-prefix') {
      push(this.asWritten.get(c.text.toLowerCase()) ?? [], 'as-written');
      return out;
    }
    push(idx.byValue(value), 'value');
    if (c.notation === 'decimal' && c.digits === 8 && value > 0n) push(this.asWritten.get(c.text.toLowerCase()) ?? [], 'as-written');
    push(idx.byTwin(value), 'twin');
    push(idx.byMisprint(value), 'misprint');
    // `错误码3301` in a TRTC log is its -3301: only where the input names the SDK, since elsewhere an
    // unsigned number is its own value or nothing.
    if (c.notation === 'decimal' && value >= this.vocab.signDropped.minValue && !c.text.startsWith('+')) {
      const named = ctx.line | ctx.recent | ctx.file | ctx.forced;
      push(idx.byValue(-value).filter((e) => (named & targets.sdkBit(e)) !== 0 && this.signDroppable(e)), 'sign-dropped');
    }
    return out;
  }

  /** Best first. Weights are the lookup library's; the SDK context is the log's. */
  private rank(items: { entry: Entry; reading: Reading }[], ctx: SdkContext, targets: SdkTargets, notation: ScanNotation, nameText?: string): Scored[] {
    const scored = items.map(({ entry, reading }) => {
      let score: number;
      switch (reading) {
        case 'value':
        case 'as-written':
          score = RANK_WEIGHTS.value;
          break;
        case 'twin':
          score = RANK_WEIGHTS.twin;
          break;
        case 'misprint':
          score = RANK_WEIGHTS.misprint;
          break;
        case 'sign-dropped':
          // Offered only when the input names the SDK: as sure as the value, without the bonus of the
          // SDK's own notation (which writes the sign), so the context weight decides against an
          // exact value of an SDK the input never names.
          score = RANK_WEIGHTS.value;
          break;
        case 'name':
          score = nameText !== undefined && nameText === entry.name ? RANK_WEIGHTS.name : RANK_WEIGHTS.alias;
          break;
      }
      // A reading in the SDK's own notation is the likelier one (Tencent decimal, KVS 0x…, Alibaba bare hex).
      if (reading === 'value' && this.notations.get(entry.sdk)?.has(notation)) score += RANK_WEIGHTS.ownNotation;
      if (reading === 'as-written') score += RANK_WEIGHTS.ownNotation;
      if (entry.documented) score += RANK_WEIGHTS.documented;
      const sdkBit = targets.sdkBit(entry);
      const moduleBit = targets.moduleBit(entry);
      let sdkFrom: Scored['sdkFrom'] = null;
      if (ctx.forced & sdkBit) {
        score += RANK_WEIGHTS.context * 2;
        sdkFrom = 'forced';
      } else if (ctx.line & sdkBit) {
        score += RANK_WEIGHTS.context;
        sdkFrom = 'line';
      } else if (ctx.recent & sdkBit) {
        score += RANK_WEIGHTS.context / 2;
        sdkFrom = 'file';
      } else if (ctx.file & sdkBit) {
        score += RANK_WEIGHTS.context / 5;
        sdkFrom = 'file';
      }
      if (moduleBit && (ctx.line | ctx.forced) & moduleBit) score += RANK_WEIGHTS.context / 5;
      else if (moduleBit && ctx.recent & moduleBit) score += RANK_WEIGHTS.context / 10;
      if (ctx.cueClass === CUE_CLASS_ERROR && entry.kind === 'event') score -= EVENT_AFTER_ERROR_RANK;
      return { entry, reading, score, sdkFrom };
    });
    return scored.sort((a, b) => b.score - a.score || cmp(a.entry.sdk, b.entry.sdk) || cmp(a.entry.module, b.entry.module) || cmp(a.entry.name, b.entry.name));
  }

  private contextScore(top: Entry, ranked: readonly Scored[], ctx: SdkContext, targets: SdkTargets): number {
    let s = 0;
    const bit = targets.sdkBit(top);
    // The line's own markers (or --sdk) outrank anything earlier in the file.
    if ((ctx.line | ctx.forced) & bit) s += CONTEXT.line;
    else if (ctx.line !== 0 || ctx.forced !== 0) s += CONTEXT.conflict;
    else if ((ctx.recent | ctx.file) & bit) s += CONTEXT.file;
    // One SDK per log: a file that names SDKs, none of them this one, speaks against it.
    else if (ctx.file !== 0) s += CONTEXT.fileConflict;
    if (!top.documented && !((ctx.line | ctx.recent | ctx.file | ctx.forced) & bit)) s += CONTEXT.undocumented;
    if (ctx.cueClass === CUE_CLASS_ERROR && top.kind === 'event') s += CONTEXT.eventAfterError;
    const second = ranked[1];
    if (second && second.score === ranked[0]!.score) s += second.entry.sdk !== top.sdk ? CONTEXT.ambiguousSdk : CONTEXT.ambiguousModule;
    return s;
  }

  /** What a code-shaped unknown value's structure says, or null when it is not code-shaped. */
  private structure(value: bigint, notation: ScanNotation, digits: number): string | null {
    const codeShaped = value >= 0x10000n && value <= 0xffffffffn && this.families.has(Number(value >> 16n)) && digits >= 8;
    if (!codeShaped) return null;
    // explainValue only reads the catalog's ranges: nothing to catch. Its notes say more than the
    // block alone, which remains for a value no range holds.
    const notes = explainValue(this.index, value);
    if (notes.length > 0) return notes.map((n) => n.text).join('; ');
    const block = value >> 16n;
    const peers = this.index.entries.filter((e) => {
      const v = BigInt(e.value);
      return v >= 0n && v >> 16n === block;
    });
    const sdks = [...new Set(peers.map((e) => `${e.sdk} ${e.module}`))].join(', ');
    return `0x${value.toString(16).padStart(8, '0')} is not in the catalog; its block 0x${block.toString(16).padStart(4, '0')}xxxx holds ${peers.length} ${sdks} codes`;
  }
}

export function parseNumber(text: string, notation: ScanNotation): bigint | null {
  try {
    if (notation === 'hex') return BigInt(text.startsWith('-') ? '-' + text.slice(1) : text);
    if (notation === 'hex-no-prefix') return BigInt('0x' + text);
    if (notation === 'decimal') return BigInt(text);
  } catch {
    // The tokenizer hands over digits only; a text BigInt still cannot read is no number, not an error.
    return null;
  }
  return null;
}

function shapeOf(notation: ScanNotation, digits: number, value: bigint): number {
  switch (notation) {
    case 'name':
      return SHAPE.name;
    case 'hex-no-prefix':
      return SHAPE.hexBare;
    case 'hex':
      if (digits > 8) return SHAPE.hexLong;
      if (digits === 8) return value >= 0x10000n ? SHAPE.hexPadded : SHAPE.hexPaddedSmall;
      return SHAPE.short;
    case 'decimal':
      if (value < 0n) return SHAPE.negative;
      return digits >= 8 ? SHAPE.decimalLong : SHAPE.short;
  }
}

/** Compact entry for findings and summaries. */
export function entryRef(e: Entry): EntryRef {
  return {
    id: e.id,
    vendor: e.vendor,
    sdk: e.sdk,
    module: e.module,
    name: e.name,
    value: e.value,
    hex: e.hex,
    written: writtenCode(e),
    kind: e.kind,
    category: e.category,
    documented: e.documented,
    summary: e.summary,
  };
}

function alternative(s: Scored): Alternative {
  return { id: s.entry.id, name: s.entry.name, sdk: s.entry.sdk, reading: s.reading, score: s.score };
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

function add(map: Map<string, Entry[]>, key: string, e: Entry): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(e)) list.push(e);
  } else map.set(key, [e]);
}

const round = (x: number) => Math.round(Math.max(0, Math.min(0.99, x)) * 100) / 100;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
