/**
 * The scanner: wires the tokenizer (bytes → candidates), the context judge, identification,
 * the summary and the diagnosis into one pass over one or more inputs. Inputs are files (read
 * with one reused buffer, `.gz` decompressed on the fly), streams, or bytes in memory.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { loadCatalog } from '../catalog/load.js';
import { SdkRegistry } from '../catalog/registry.js';
import { AvcodesError } from '../errors.js';
import type { Catalog, Entry } from '../catalog/schema.js';
import { CatalogIndex } from '../lookup/catalog-index.js';
import { buildVocabulary, cjkMarkerMask, cjkWordAfter, cjkWordBefore, CUE_CLASS_ERROR, CUE_CLASS_EVENT, judgeCjkNeighbours, judgeNeighbours, resolveSdk, W_CUE_STRONG, type Vocabulary, type WordInfo } from './context.js';
import { Diagnoser, type Diagnosis, type DiagnosisSession } from './diagnose.js';
import { sniffEncoding, SNIFF_BYTES, toUtf8, utf8Stream } from './encoding.js';
import { confidenceOf, contextKey, CUE, Identifier, parseNumber, type Resolved, type SdkContext } from './identify.js';
import { toInt32, toUint32 } from '../notation/literal.js';
import { codeKey, SummaryBuilder } from './summary.js';
import { lineTimestamp } from './timestamp.js';
import { warmUpText } from './warmup.js';
import { Tokenizer, type NumberNotation, type NumberToken, type TokenSink, type ValueFilter, type WordContext } from './tokenizer.js';
import type { Finding, ScanOptions } from './types.js';
import type { ScanReport, ScanResult } from './report.js';

export const DEFAULT_MIN_CONFIDENCE = 0.5;
export const DEFAULT_CHUNK_SIZE = 1 << 20;
/** Inputs at least this big get the JIT warm-up first (warmup.ts). */
const WARM_UP_MIN_BYTES = 16 << 20;
/** Findings held for one line before they are identified early (a huge line full of codes). */
const MAX_PENDING_PER_LINE = 1000;
/**
 * Candidates are held until the input ends, so that the SDK markers of the whole file (or paste)
 * weigh in — a marker may come after the code. Past this many candidates or this many bytes of
 * input, the held ones are identified with the evidence so far and the rest of the input streams:
 * a paste or an excerpt is far smaller, and a big log names its SDK early.
 */
const MAX_HELD_FINDINGS = 10000;
export const DEFAULT_MAX_HELD_BYTES = 1 << 20;
/** Tokens remembered per input as identified on their own evidence (applyVouches). */
const MAX_VOUCHES = 4096;

/** Why an input could not be scanned, or a scanner option is wrong. `code` is stable; the message quotes the input. */
export class ScanInputError extends AvcodesError {
  constructor(
    override readonly code: 'input_not_found' | 'input_not_readable' | 'input_is_directory' | 'input_bad_gzip' | 'input_read_error' | 'bad_option',
    message: string,
  ) {
    super(code, message);
    this.name = 'ScanInputError';
  }
}

/** What the scanner derives from a catalog once: indices, word table, identifier, rules. */
export class ScanEngine {
  readonly index: CatalogIndex;
  readonly vocab: Vocabulary;
  readonly identifier: Identifier;
  readonly diagnoser: Diagnoser;

  constructor(readonly catalog: Catalog) {
    this.index = new CatalogIndex(catalog);
    this.vocab = buildVocabulary(catalog.entries, SdkRegistry.of(catalog));
    this.identifier = new Identifier(this.index, this.vocab);
    this.diagnoser = new Diagnoser(this.index);
  }

  /** The tokenizer's value filter for a threshold; the identifier builds it once per engine (the warm-up's scanners and every server scan share it). */
  valueFilter(minConfidence: number): ValueFilter {
    return this.identifier.valueFilter(minConfidence);
  }

  private static readonly engines = new WeakMap<Catalog, ScanEngine>();
  /** The engine for a catalog (the built-in one by default), built once per process. */
  static for(catalog: Catalog = loadCatalog()): ScanEngine {
    let e = ScanEngine.engines.get(catalog);
    if (!e) ScanEngine.engines.set(catalog, (e = new ScanEngine(catalog)));
    return e;
  }

  private static warm = false;
  /** Runs the warm-up scan once per process (see warmup.ts); worth it before a big input only. */
  warmUp(): void {
    if (ScanEngine.warm) return;
    ScanEngine.warm = true;
    const bytes = new TextEncoder().encode(warmUpText(this.catalog.entries));
    // Once held whole, once streamed: a big input takes both paths.
    for (const maxHeldBytes of [DEFAULT_MAX_HELD_BYTES, 0]) {
      const s = new Scanner({ catalog: this.catalog, chunkSize: 509, maxHeldBytes, onFinding: () => {} });
      s.beginInput('warm-up').push(bytes);
      s.result();
    }
  }
}

export type { ScanResult, ScanReport };

export interface ScannerOptions extends ScanOptions {
  catalog?: Catalog;
  /** Called for every finding at or above the threshold, in log order. */
  onFinding?: (f: Finding) => void;
  /** Non-fatal remarks about an input (a binary file). */
  onWarning?: (message: string) => void;
  /**
   * Bytes at the start of each input whose candidates are held until the input ends, so that SDK
   * names anywhere in it count (default 1 MiB); past it, findings stream with the evidence so far.
   */
  maxHeldBytes?: number;
}

interface Pending {
  text: string;
  notation: NumberNotation | 'name';
  digits: number;
  cueScore: number;
  cue: string | null;
  /** What the cue says (CUE_CLASS_ERROR, CUE_CLASS_EVENT, 0). */
  cueClass: number;
  column: number;
  names: readonly Entry[] | null;
  /** The list this candidate is a member of on its line (index of its first member), -1 when none. */
  list: number;
  /** Absolute input offset of its end (lists are judged by the bytes between members). */
  endAbs: number;
}

/** A line's candidates, held until the whole input's SDK evidence is known. */
interface HeldLine {
  file: string | null;
  line: number;
  timestamp: string | null;
  lineMask: number;
  recentMask: number;
  syscall: boolean;
  foreign: boolean;
  /** Where its candidates are in the scanner's held pool, and how many. */
  start: number;
  count: number;
}

/** What a line is, for identifying its candidates. */
interface LineFacts {
  file: string | null;
  line: number;
  lineMask: number;
  recentMask: number;
  syscall: boolean;
  foreign: boolean;
}

/**
 * One scan over any number of inputs, in order. Line numbers and SDK context restart with each
 * input; counts, the timeline and the diagnosis run across all of them (rotated logs in order).
 */
export class Scanner implements TokenSink {
  readonly engine: ScanEngine;
  readonly minConfidence: number;
  readonly chunkSize: number;
  private readonly forced: number;
  private readonly maxHeldBytes: number;
  private readonly summary = new SummaryBuilder();
  private readonly diagnosis: DiagnosisSession;
  private readonly files: string[] = [];
  private lines = 0;
  private bytes = 0;
  private file: string | null = null;
  // Candidates of the current line, identified at its end (when all its SDK markers are known).
  // The objects are reused from line to line: a log full of codes allocates no per-code records.
  private readonly pending: Pending[] = [];
  private pendingCount = 0;
  private current: Tokenizer | null = null;
  private readonly filter;

  constructor(private readonly options: ScannerOptions = {}) {
    this.engine = ScanEngine.for(options.catalog);
    this.minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    if (!(this.minConfidence >= 0 && this.minConfidence <= 1)) {
      throw new ScanInputError('bad_option', `--min-confidence must be between 0 and 1, got ${String(options.minConfidence)}`);
    }
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    if (!(Number.isInteger(this.chunkSize) && this.chunkSize >= 1)) throw new ScanInputError('bad_option', `chunk size must be a positive integer, got ${String(options.chunkSize)}`);
    this.forced = 0;
    this.maxHeldBytes = options.maxHeldBytes ?? DEFAULT_MAX_HELD_BYTES;
    if (options.sdk) {
      const sdks = SdkRegistry.of(this.engine.catalog);
      const target = resolveSdk(sdks, this.engine.catalog.entries, options.sdk);
      if (!target) throw new ScanInputError('bad_option', `--sdk '${options.sdk}' names no SDK in the catalog (${sdks.describe()}; or <sdk>/<module>)`);
      this.forced = this.engine.vocab.targets.markerMask([target]);
    }
    this.filter = this.engine.valueFilter(this.minConfidence);
    this.diagnosis = this.engine.diagnoser.session();
  }

  /**
   * Starts an input; feed the returned tokenizer (push/commit), then call endInput(). `hold: false`
   * reports each line's findings as soon as the line ends, for a caller that places them in the line
   * it just fed (records) instead of letting the rest of the input weigh in.
   */
  beginInput(name: string | null, hold = this.maxHeldBytes > 0): Tokenizer {
    if (this.current) this.endInput();
    this.file = name;
    if (name !== null) this.files.push(name);
    this.current = new Tokenizer(this.engine.vocab.table, this.filter, this, this.chunkSize);
    this.deferring = hold;
    this.vouches.clear();
    this.cjkFileMask = 0;
    return this.current;
  }

  endInput(): void {
    const t = this.current;
    if (!t) return;
    t.end();
    this.release(t);
    const size = t.bufAbs + t.len;
    this.bytes += size;
    if (size > 0) this.lines += t.buf[t.len - 1] === 10 || t.buf[t.len - 1] === 13 ? t.lineNo - 1 : t.lineNo;
    this.current = null;
  }

  /** Passes a non-fatal remark about an input to onWarning. */
  warn(message: string): void {
    this.options.onWarning?.(message);
  }

  /** Summary and diagnosis of everything scanned so far. */
  result(): ScanResult {
    if (this.current) this.endInput();
    return { summary: this.summary.report(this.files, this.lines, this.bytes), diagnoses: this.diagnosis.finish() };
  }

  // TokenSink -------------------------------------------------------------------------------

  number(t: Tokenizer, tok: NumberToken, ctx: WordContext): boolean {
    const buf = t.buf;
    const vocab = this.engine.vocab;
    const lo = t.lineLo;
    if (judgeNeighbours(vocab, buf, tok.start, tok.end, lo, t.len)) return false;
    // CJK text around the number: a quantity word or unit (端口1935, 3秒) makes it no code; a cue
    // word glued before it (错误码-2301) is closer than any ASCII word before it.
    const cjkNear = (tok.start > lo && buf[tok.start - 1]! >= 0x80) || (tok.end < t.len && buf[tok.end]! >= 0x80) || hasHighByte(buf, Math.max(lo, tok.start - 8), Math.min(t.len, tok.end + 8));
    if (cjkNear && judgeCjkNeighbours(vocab, buf, tok.start, tok.end, lo, t.len)) return false;
    const cjkBefore = cjkNear ? cjkWordBefore(vocab.cjkCues, buf, tok.start, lo) : null;
    const text = t.text(tok.start, tok.end);
    // Eight hex digits with a high byte are what a STATUS looks like; words like `memory` or
    // `at` before them do not make them a quantity.
    const s = tok.start;
    const strongHex = tok.notation === 'hex' && tok.digits >= 8 && !(buf[s + 2] === 48 && buf[s + 3] === 48 && buf[s + 4] === 48 && buf[s + 5] === 48);
    if (!strongHex) {
      const cueIsCloser = cjkBefore !== null || (ctx.cue !== null && ctx.cueGap < ctx.decoyGap);
      if (ctx.decoy && ctx.decoyGap <= 1 && !cueIsCloser) return false;
      if (ctx.lineDecoy && ctx.lineDecoyGap <= 4) return false;
    }
    let cueScore = 0;
    let cue: string | null = null;
    if (ctx.cue && ctx.cueGap <= 2) {
      // A weak cue with a colon before the number (`login fail ：6013`) introduces it as strongly as `code:`.
      const strong = (ctx.cue.flags & W_CUE_STRONG) !== 0 || (ctx.cueGap === 0 && colonBefore(buf, tok.start, lo));
      cueScore = strong ? (ctx.cueGap === 0 ? CUE.strongAdjacent : CUE.strongNear) : CUE.weak;
      cue = ctx.cue.text;
    }
    if (ctx.nameBefore && cueScore < CUE.name) {
      cueScore = CUE.name;
      cue = 'name';
    }
    if (cueScore < CUE.cjk && cjkNear) {
      const cjk = cjkBefore ?? cjkWordAfter(vocab.cjkCues, buf, tok.end, t.len);
      if (cjk) {
        cueScore = CUE.cjk;
        cue = cjk;
      }
    }
    const list = this.listOf(t, tok.start);
    const classes = vocab.cueClasses;
    const cueClass = cue === null || cue === 'name' ? 0 : (classes.get(cue) ?? (ctx.cue === null || ctx.cueBefore === null ? 0 : (classes.get(ctx.cueBefore.text) ?? 0)));
    this.hold(text, tok.notation, tok.digits, cueScore, cue, cueClass, t.columnOf(tok.start), null, list, t.abs(tok.end));
    if (this.pendingCount >= MAX_PENDING_PER_LINE) this.flush(t, t.len);
    return true;
  }

  name(t: Tokenizer, start: number, end: number, info: WordInfo): boolean {
    this.hold(t.text(start, end), 'name', 0, 0, null, 0, t.columnOf(start), info.entries, -1, t.abs(end));
    if (this.pendingCount >= MAX_PENDING_PER_LINE) this.flush(t, t.len);
    return true;
  }

  lineEnd(t: Tokenizer, end: number): void {
    this.flush(t, end);
  }

  /**
   * The list the number starting at `start` continues: the previous candidate of the line ends
   * right before it, with only list separators between (`, ` `，` `、` `->` `→` `|` `;` `和` `or`).
   */
  private listOf(t: Tokenizer, start: number): number {
    if (this.pendingCount === 0) return -1;
    const prev = this.pending[this.pendingCount - 1]!;
    if (prev.notation === 'name') return -1;
    const from = prev.endAbs - t.bufAbs;
    if (from < t.lineLo || from >= start || start - from > 16) return -1;
    if (!isListGap(t.buf, from, start)) return -1;
    if (prev.list < 0) prev.list = this.pendingCount - 1;
    return prev.list;
  }

  private flush(t: Tokenizer, end: number): void {
    if (this.pendingCount === 0) return;
    const facts = this.lineFacts;
    facts.file = this.file;
    facts.line = t.lineNo;
    // Chinese marker phrases are looked for only on lines with candidates (the tokenizer's markers are ASCII words).
    const cjk = cjkMarkerMask(this.engine.vocab, t.buf, t.lineLo, end);
    this.cjkFileMask |= cjk;
    facts.lineMask = t.lineMask | cjk;
    facts.recentMask = t.recentMask;
    facts.syscall = t.syscallLine === t.lineNo;
    facts.foreign = t.foreignLine === t.lineNo;
    if (this.deferring) {
      // Held until the input ends (or the hold is full): the whole file's markers then weigh in.
      // Copied into records of the scanner's own that are reused from input to input (a copy per
      // candidate and line in new objects was most of a small scan's garbage).
      const start = this.heldItems;
      const count = this.pendingCount;
      const pool = this.heldPool;
      for (let k = 0; k < count; k++) {
        const p = this.pending[k]!;
        const q = pool[start + k];
        if (q) copyPending(q, p);
        else pool.push({ ...p });
      }
      const timestamp = lineTimestamp(t.lineHead(end));
      let h = this.held[this.heldLines];
      if (!h) this.held.push((h = {} as HeldLine));
      h.file = facts.file;
      h.line = facts.line;
      h.timestamp = timestamp;
      h.lineMask = facts.lineMask;
      h.recentMask = facts.recentMask;
      h.syscall = facts.syscall;
      h.foreign = facts.foreign;
      h.start = start;
      h.count = count;
      this.heldLines++;
      this.heldItems += count;
      this.pendingCount = 0;
      if (this.heldItems >= MAX_HELD_FINDINGS || t.abs(end) >= this.maxHeldBytes) this.release(t);
      return;
    }
    this.identifyLine(facts, this.pending, 0, this.pendingCount, t.fileMask | t.lineMask | this.cjkFileMask, t.foreignLine > 0, t, end, null);
    this.pendingCount = 0;
  }

  /** Identifies and reports the held lines with the evidence of the input so far; later lines stream. */
  private release(t: Tokenizer): void {
    const fileMask = t.fileMask | t.lineMask | this.cjkFileMask;
    const foreign = t.foreignLine > 0;
    // Twice: the first pass learns which tokens the input identifies on their own evidence
    // (`报错10005` in a title), so the second can report them where they stand alone (`10005就会`).
    const held = this.held;
    const pool = this.heldPool;
    for (let i = 0; i < this.heldLines; i++) this.identifyLine(held[i]!, pool, held[i]!.start, held[i]!.count, fileMask, foreign, null, 0, held[i]!.timestamp, false);
    for (let i = 0; i < this.heldLines; i++) this.identifyLine(held[i]!, pool, held[i]!.start, held[i]!.count, fileMask, foreign, null, 0, held[i]!.timestamp, true);
    this.heldLines = 0;
    this.heldItems = 0;
    this.deferring = false;
  }

  /**
   * Identifies the candidates of one line and reports those at the threshold: each on its own,
   * then the members of a list that has a confident member (same shape, same SDK family), and a
   * small number after an error word next to a system call is dropped as an errno. The line's
   * timestamp is read from `t` (a streamed line, at `end`) or given (a held line).
   */
  private identifyLine(facts: LineFacts, items: readonly Pending[], base: number, count: number, fileMask: number, fileForeign: boolean, t: Tokenizer | null, end: number, heldTimestamp: string | null, report = true): void {
    const targets = this.engine.vocab.targets;
    const identifier = this.engine.identifier;
    // A symbolic name on the line names its SDK (and module) as a marker does: `4502
    // ALIVC_ERR_QEQUEST_SAAS_SERVER_ERROR` is the legacy player's 4502.
    let lineMask = facts.lineMask;
    for (let k = 0; k < count; k++) {
      const names = items[base + k]!.names;
      if (names) for (const e of names) lineMask |= targets.sdkBit(e) | targets.moduleBit(e);
    }
    const foreign = (facts.foreign && lineMask === 0) || (fileForeign && (lineMask | fileMask | this.forced) === 0);
    const ctx = this.contextFor(lineMask, facts.recentMask, fileMask, foreign);
    const resolved = this.resolvedScratch;
    const confidence = this.confidenceScratch;
    // Notes of the previous line (a learning pass returns before it reports and clears them).
    this.listCue.length = 0;
    let lists = false;
    let names = false;
    for (let k = 0; k < count; k++) {
      const p = items[base + k]!;
      if (p.list >= 0) lists = true;
      if (p.names) names = true;
      this.errnoScratch[k] = facts.syscall && this.isErrno(p);
      if (this.errnoScratch[k]) {
        resolved[k] = null;
        confidence[k] = 0;
        continue;
      }
      const c = ctx.ctx[p.cueClass]!;
      const key = ctx.key[p.cueClass]!;
      const r = p.names ? identifier.resolveName(p.text, p.names, c, key, targets) : identifier.resolveNumber(p.text, p.notation as NumberNotation, p.digits, c, key, targets);
      resolved[k] = r;
      confidence[k] = r ? confidenceOf(r, p.cueScore) : 0;
    }
    if (lists) this.completeLists(items, base, count, ctx.ctx[0]!);
    if (names) this.applyNamesOnLine(items, base, count);
    this.applyVouches(items, base, count, facts);
    if (!report) return;
    let timestamp: string | null | undefined;
    const lineSdks = this.sdkNames(facts.lineMask);
    for (let k = 0; k < count; k++) {
      const r = resolved[k];
      if (!r || confidence[k]! < this.minConfidence) continue;
      const p = items[base + k]!;
      if (timestamp === undefined) timestamp = t ? lineTimestamp(t.lineHead(end)) : heldTimestamp;
      const key = codeKey(r.ref, p.text);
      if (this.summary.add(key, r.ref, p.text, facts.file, facts.line, timestamp) && r.ref) this.diagnosis.observe(key, facts.file, facts.line, timestamp);
      this.options.onFinding?.({
        file: facts.file,
        line: facts.line,
        column: p.column,
        text: p.text,
        notation: p.notation,
        timestamp,
        entry: r.ref,
        reading: r.reading,
        alternatives: r.alternatives,
        confidence: confidence[k]!,
        context: { cue: this.listCue[k] ?? p.cue, sdkFrom: r.sdkFrom, lineSdks },
        structure: r.structure,
      });
    }
    this.listCue.length = 0;
  }

  /**
   * A list with one member identified on its own evidence (a cue, or a code-shaped notation) makes
   * its other members of the same shape codes too, of the anchor's SDK and module when they have one.
   */
  private completeLists(items: readonly Pending[], at: number, count: number, base: SdkContext): void {
    const resolved = this.resolvedScratch;
    const confidence = this.confidenceScratch;
    const targets = this.engine.vocab.targets;
    for (let head = 0; head < count; head++) {
      if (items[at + head]!.list !== head) continue;
      let a = -1;
      for (let j = head; j < count && a < 0; j++) if (items[at + j]!.list === head && resolved[j]?.ref && confidence[j]! >= this.minConfidence) a = j;
      if (a < 0) continue;
      const anchor = items[at + a]!;
      const ref = resolved[a]!.ref!;
      const ctx: SdkContext = { ...base, line: base.line | targets.markerMask([`${ref.sdk}/${ref.module}`]), cueClass: anchor.cueClass };
      const key = contextKey(ctx);
      for (let m = head; m < count; m++) {
        const q = items[at + m]!;
        if (q.list !== head || m === a || confidence[m]! >= this.minConfidence) continue;
        if (q.notation !== anchor.notation || q.digits !== anchor.digits) continue;
        const r = this.engine.identifier.resolveNumber(q.text, q.notation as NumberNotation, q.digits, ctx, key, targets);
        if (!r?.ref || r.ref.sdk !== ref.sdk) continue;
        resolved[m] = r;
        // No surer than the member that vouches for it (the anchor's SDK is a hint, not a marker).
        confidence[m] = Math.min(confidence[a]!, confidenceOf(r, Math.max(q.cueScore, CUE.list)));
        this.listCue[m] = `list with ${anchor.text}`;
      }
    }
  }

  /**
   * A number and a catalog name of the same value on one line name each other (`0x0000000F
   * STATUS_OPERATION_TIMED_OUT`, `一直报4502 ALIVC_ERR_QEQUEST_SAAS_SERVER_ERROR`): the number takes the
   * name's entry, as sure as the name. A coincidence of value and name on one line is not a log's habit.
   */
  private applyNamesOnLine(items: readonly Pending[], base: number, count: number): void {
    const resolved = this.resolvedScratch;
    const confidence = this.confidenceScratch;
    for (let k = 0; k < count; k++) {
      const p = items[base + k]!;
      if (p.names || this.errnoScratch[k]) continue;
      const value = parseNumber(p.text, p.notation as NumberNotation);
      if (value === null) continue;
      const twin = value < 0n ? toUint32(value) : toInt32(value);
      // A bare-hex document literal (Alibaba's 20030004) is written in decimal digits.
      const bare = p.notation === 'decimal' && /^[0-9]+$/.test(p.text) ? BigInt('0x' + p.text) : null;
      for (let n = 0; n < count; n++) {
        const r = resolved[n];
        if (!items[base + n]!.names || !r?.ref || confidence[n]! < this.minConfidence) continue;
        const v = BigInt(r.ref.value);
        if (v !== value && v !== twin && v !== bare) continue;
        if (resolved[k]?.ref?.id === r.ref.id && confidence[k]! >= confidence[n]!) break;
        resolved[k] = { ...r, reading: v === value ? 'value' : v === twin ? 'twin' : 'as-written' };
        confidence[k] = Math.max(confidence[k]!, confidence[n]!);
        this.listCue[k] = `named ${r.ref.name} on the line`;
        break;
      }
    }
  }

  /**
   * The same token in the same input gets the same identification: a number identified on its own
   * evidence (a cue, a marker on its line) vouches for its other occurrences that have less — a
   * bare `10005` a line after `报错10005`, or a line without markers that would rank another SDK.
   */
  private applyVouches(items: readonly Pending[], base: number, count: number, facts: LineFacts): void {
    const resolved = this.resolvedScratch;
    const confidence = this.confidenceScratch;
    // Tokens are learnt from the held part of the input; once streaming, a finding is left as it is
    // and only a candidate below the threshold looks for a vouch (a lookup per code would cost).
    const learning = this.deferring;
    for (let k = 0; k < count; k++) {
      const p = items[base + k]!;
      if (p.names) continue;
      const r = resolved[k];
      if (!learning && confidence[k]! >= this.minConfidence) continue;
      const own = r?.ref != null && confidence[k]! >= this.minConfidence && (p.cueScore > 0 || (facts.lineMask & this.engine.vocab.targets.sdkBit(r.entry!)) !== 0);
      const vouch = this.vouches.get(p.text);
      if (own) {
        if (!vouch && this.vouches.size < MAX_VOUCHES) this.vouches.set(p.text, { resolved: r!, confidence: confidence[k]!, line: facts.line, notation: p.notation });
        continue;
      }
      if (!vouch || vouch.notation !== p.notation || vouch.line === facts.line || facts.lineMask !== 0 || this.isErrnoResolved(k)) continue;
      if (r?.ref && confidence[k]! >= this.minConfidence && r.ref.id === vouch.resolved.ref!.id) continue;
      resolved[k] = vouch.resolved;
      confidence[k] = Math.max(confidence[k]!, vouch.confidence);
      this.listCue[k] = `same as line ${vouch.line}`;
    }
  }

  private isErrnoResolved(k: number): boolean {
    return this.resolvedScratch[k] === null && this.confidenceScratch[k] === 0 && this.errnoScratch[k] === true;
  }

  /** A small decimal after an error word on a line that names a system call: the call's errno. */
  private isErrno(p: Pending): boolean {
    if (p.notation !== 'decimal' || p.cueClass !== CUE_CLASS_ERROR || p.digits > 3 || p.text.startsWith('-')) return false;
    return Number(p.text) <= this.engine.vocab.errnoMax;
  }

  private hold(text: string, notation: Pending['notation'], digits: number, cueScore: number, cue: string | null, cueClass: number, column: number, names: readonly Entry[] | null, list: number, endAbs: number): void {
    let p = this.pending[this.pendingCount];
    if (!p) this.pending.push((p = { text, notation, digits, cueScore, cue, cueClass, column, names, list, endAbs }));
    else {
      p.text = text;
      p.notation = notation;
      p.digits = digits;
      p.cueScore = cueScore;
      p.cue = cue;
      p.cueClass = cueClass;
      p.column = column;
      p.names = names;
      p.list = list;
      p.endAbs = endAbs;
    }
    this.pendingCount++;
  }

  // Candidates of lines held for the whole input's evidence (see flush), and how many.
  private deferring = true;
  // Target bits of the Chinese marker phrases seen so far in this input (see flush).
  private cjkFileMask = 0;
  // The records are reused: held[0, heldLines) are the held lines, heldPool[0, heldItems) their candidates.
  private readonly held: HeldLine[] = [];
  private heldLines = 0;
  private readonly heldPool: Pending[] = [];
  private heldItems = 0;
  private readonly resolvedScratch: (Resolved | null)[] = [];
  private readonly confidenceScratch: number[] = [];
  private readonly listCue: (string | undefined)[] = [];
  private readonly errnoScratch: boolean[] = [];
  // Tokens identified on their own evidence in this input (see applyVouches).
  private readonly vouches = new Map<string, { resolved: Resolved; confidence: number; line: number; notation: Pending['notation'] }>();
  private readonly lineFacts: LineFacts = { file: null, line: 0, lineMask: 0, recentMask: 0, syscall: false, foreign: false };

  // A log alternates between a few SDK contexts: the last few are kept with their cache keys, one
  // per cue class (CUE_CLASS_*), made on first use.
  private readonly contexts: { ctx: SdkContext[]; key: string[] }[] = [];
  private contextFor(line: number, recent: number, file: number, foreign: boolean): { ctx: SdkContext[]; key: string[] } {
    const list = this.contexts;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!.ctx[0]!;
      if (c.line === line && c.recent === recent && c.file === file && c.foreign === foreign) return list[i]!;
    }
    const ctx = [0, CUE_CLASS_ERROR, CUE_CLASS_EVENT].map((cueClass): SdkContext => ({ line, recent, file, forced: this.forced, foreign, cueClass }));
    const made = { ctx, key: ctx.map(contextKey) };
    if (list.length >= 16) list.pop();
    list.unshift(made);
    return made;
  }
  private readonly sdkNameCache = new Map<number, string[]>();
  private sdkNames(mask: number): string[] {
    let names = this.sdkNameCache.get(mask);
    if (!names) this.sdkNameCache.set(mask, (names = mask ? this.engine.vocab.targets.names(mask) : []));
    return names;
  }
}

/** Bytes a list's members may be separated by: spaces and one separator (`,` `;` `|` `->`, `，` `、` `；` `→`, `和` `或` `与`, `and` `or`). */
function isListGap(buf: Uint8Array, from: number, to: number): boolean {
  let seps = 0;
  let i = from;
  while (i < to) {
    const b = buf[i]!;
    if (b === 32 || b === 9) i++;
    else if (b === 44 || b === 59 || b === 124) (i++, seps++);
    else if (b === 45 && buf[i + 1] === 62) (i += 2, seps++);
    else if (b >= 0x80 && i + 3 <= to && isWideSeparator(buf, i)) (i += 3, seps++);
    else if ((buf[i]! | 32) === 111 && (buf[i + 1]! | 32) === 114 && buf[i + 2] === 32) (i += 2, seps++);
    else if ((buf[i]! | 32) === 97 && (buf[i + 1]! | 32) === 110 && (buf[i + 2]! | 32) === 100 && buf[i + 3] === 32) (i += 3, seps++);
    else return false;
  }
  return seps === 1;
}

const WIDE_SEPARATORS = ['，', '、', '；', '→', '和', '或', '与'].map((c) => new TextEncoder().encode(c));
function isWideSeparator(buf: Uint8Array, i: number): boolean {
  for (const w of WIDE_SEPARATORS) if (buf[i] === w[0] && buf[i + 1] === w[1] && buf[i + 2] === w[2]) return true;
  return false;
}

/** A colon (ASCII or full-width) right before the number, spaces aside. */
function colonBefore(buf: Uint8Array, start: number, lo: number): boolean {
  let p = start - 1;
  while (p >= lo && buf[p] === 32) p--;
  if (p >= lo && buf[p] === 58) return true;
  return p - 2 >= lo && buf[p] === 0x9a && buf[p - 1] === 0xbc && buf[p - 2] === 0xef;
}

function hasHighByte(buf: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf[i]! >= 0x80) return true;
  return false;
}

export interface ReadOptions {
  /** Bytes read so far and the input's size (null when unknown: stdin, gzip). */
  onProgress?: (read: number, total: number | null) => void;
  /** Awaited after each chunk: lets a caller drain its output so memory stays bounded. */
  afterChunk?: () => Promise<void> | void;
}

/**
 * Scans a file into `scanner` (one input). `.gz` content (by its magic bytes) is decompressed;
 * UTF-16 (by its BOM or its NUL bytes) is transcoded to UTF-8.
 */
export async function scanFileInto(scanner: Scanner, path: string, read: ReadOptions = {}): Promise<void> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw inputError(err, path);
  }
  let gzip = false;
  let transcode = false;
  let size = 0;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new ScanInputError('input_is_directory', `'${path}' is a directory, not a log file`);
    size = st.size;
    if (size >= WARM_UP_MIN_BYTES && !process.env.AVCODES_NO_WARMUP) scanner.engine.warmUp();
    const head = new Uint8Array(SNIFF_BYTES);
    const n = readSync(fd, head, 0, SNIFF_BYTES, 0);
    gzip = n >= 2 && head[0] === 0x1f && head[1] === 0x8b;
    // UTF-8 (nearly every log) is read straight into the tokenizer's buffer; gzip and UTF-16 go
    // through the stream path, which decompresses and transcodes.
    transcode = !gzip && sniffEncoding(head.subarray(0, n)) !== 'utf-8';
    if (!gzip && !transcode) {
      const t = scanner.beginInput(path);
      let total = 0;
      let first = true;
      for (;;) {
        const got = readSync(fd, t.buf, t.writeOffset, t.writeLength, null);
        if (got === 0) break;
        if (first) {
          warnIfBinary(scanner, path, t.buf.subarray(t.writeOffset, t.writeOffset + got));
          first = false;
        }
        t.commit(got);
        total += got;
        read.onProgress?.(total, size);
        await read.afterChunk?.();
      }
      scanner.endInput();
      return;
    }
  } catch (err) {
    if (err instanceof ScanInputError) throw err;
    throw inputError(err, path);
  } finally {
    closeSync(fd);
  }
  await scanStreamInto(scanner, createReadStream(path), path, read, size);
}

/** Scans a byte stream (stdin, a socket) into `scanner` as one input, gunzipping it if it is gzip and transcoding UTF-16. */
export async function scanStreamInto(scanner: Scanner, stream: AsyncIterable<Uint8Array>, name: string, read: ReadOptions = {}, compressedSize: number | null = null): Promise<void> {
  const it = stream[Symbol.asyncIterator]();
  let first: IteratorResult<Uint8Array>;
  try {
    first = await it.next();
  } catch (err) {
    throw inputError(err, name);
  }
  const t = scanner.beginInput(name);
  if (first.done) {
    scanner.endInput();
    return;
  }
  const head = first.value;
  const gzip = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
  let source: AsyncIterable<Uint8Array>;
  let raw = 0;
  const counted = async function* () {
    raw += head.length;
    yield head;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      raw += r.value.length;
      yield r.value;
    }
  };
  if (gzip) {
    const input = Readable.from(counted());
    const gunzip = createGunzip();
    input.on('error', (e) => gunzip.destroy(e));
    source = utf8Stream(input.pipe(gunzip));
  } else source = utf8Stream(counted());
  let firstChunk = true;
  try {
    for await (const chunk of source) {
      if (firstChunk) {
        warnIfBinary(scanner, name, chunk);
        firstChunk = false;
      }
      t.push(chunk);
      // Raw bytes: the size known up front is the file's, compressed or UTF-16.
      read.onProgress?.(raw, compressedSize);
      await read.afterChunk?.();
    }
  } catch (err) {
    if (gzip && isZlibError(err)) throw new ScanInputError('input_bad_gzip', `'${name}' is not a valid gzip file (${(err as Error).message})`);
    throw inputError(err, name);
  }
  scanner.endInput();
}

/**
 * Scans text or bytes in memory; returns every finding with the summary and diagnosis.
 * @example
 *   scanText('PutFrame failed with status code: 0x5200002e').findings[0].entry.name; // 'STATUS_STORE_OUT_OF_MEMORY'
 */
export function scanText(input: string | Uint8Array, options: ScannerOptions = {}): ScanReport {
  const findings: Finding[] = [];
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : toUtf8(input);
  // The text is pushed whole, in one round either way: a buffer of its size, not the 1 MB one
  // for reading files, which would be allocated and zeroed on every call of a small text.
  const chunkSize = options.chunkSize ?? Math.max(1, Math.min(DEFAULT_CHUNK_SIZE, bytes.length));
  const scanner = new Scanner({ ...options, chunkSize, onFinding: (f) => (findings.push(f), options.onFinding?.(f)) });
  const t = scanner.beginInput(null);
  t.push(bytes);
  scanner.endInput();
  return { findings, ...scanner.result() };
}


/**
 * Scans a log given as a byte stream (gzip or not) and resolves with the report `avcodes scan
 * --format json` prints. Holds every finding in memory: for unbounded input use a Scanner with
 * onFinding instead.
 * @example
 *   const report = await scanLog(createReadStream('device.log'), { sdk: 'kvs' });
 *   report.diagnoses.map((d) => d.title);
 */
export async function scanLog(log: AsyncIterable<Uint8Array>, options: ScannerOptions = {}): Promise<ScanReport> {
  const findings: Finding[] = [];
  const scanner = new Scanner({ ...options, onFinding: (f) => (findings.push(f), options.onFinding?.(f)) });
  await scanStreamInto(scanner, log, '-');
  return { findings, ...scanner.result() };
}

/** Scans one file; returns every finding with the summary and diagnosis. */
export async function scanFile(path: string, options: ScannerOptions = {}): Promise<ScanReport> {
  const findings: Finding[] = [];
  const scanner = new Scanner({ ...options, onFinding: (f) => (findings.push(f), options.onFinding?.(f)) });
  await scanFileInto(scanner, path);
  return { findings, ...scanner.result() };
}

function warnIfBinary(scanner: Scanner, name: string, bytes: Uint8Array): void {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) scanner.warn(`'${name}' looks binary (NUL bytes); scanning it as text`);
}

function isZlibError(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return code.startsWith('Z_') || /incorrect header|invalid|unexpected end/i.test(String((err as Error)?.message));
}

/** A read error as a ScanInputError whose message quotes the path. */
export function inputError(err: unknown, path: string): ScanInputError {
  const code = (err as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return new ScanInputError('input_not_found', `'${path}' does not exist`);
    case 'EACCES':
    case 'EPERM':
      return new ScanInputError('input_not_readable', `'${path}' is not readable (permission denied)`);
    case 'EISDIR':
      return new ScanInputError('input_is_directory', `'${path}' is a directory, not a log file`);
    default:
      return new ScanInputError('input_read_error', `cannot read '${path}': ${(err as Error)?.message ?? String(err)}`);
  }
}

function copyPending(to: Pending, from: Pending): void {
  to.text = from.text;
  to.notation = from.notation;
  to.digits = from.digits;
  to.cueScore = from.cueScore;
  to.cue = from.cue;
  to.cueClass = from.cueClass;
  to.column = from.column;
  to.names = from.names;
  to.list = from.list;
  to.endAbs = from.endAbs;
}
