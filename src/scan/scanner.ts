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
import { buildVocabulary, findCjkCue, judgeNeighbours, resolveSdk, W_CUE_STRONG, type Vocabulary, type WordInfo } from './context.js';
import { Diagnoser, type DiagnosisSession } from './diagnose.js';
import { confidenceOf, contextKey, CUE, Identifier, type Resolved, type SdkContext } from './identify.js';
import { codeKey, SummaryBuilder } from './summary.js';
import { lineTimestamp } from './timestamp.js';
import { warmUpText } from './warmup.js';
import { latin1, Tokenizer, type NumberNotation, type NumberToken, type TokenSink, type WordContext } from './tokenizer.js';
import type { Finding, ScanOptions } from './types.js';
import type { ScanReport, ScanResult } from './report.js';

export const DEFAULT_MIN_CONFIDENCE = 0.5;
export const DEFAULT_CHUNK_SIZE = 1 << 20;
/** Inputs at least this big get the JIT warm-up first (warmup.ts). */
const WARM_UP_MIN_BYTES = 16 << 20;
/** Findings held for one line before they are identified early (a huge line full of codes). */
const MAX_PENDING_PER_LINE = 1000;

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
    this.vocab = buildVocabulary(catalog.entries);
    this.identifier = new Identifier(this.index, this.vocab);
    this.diagnoser = new Diagnoser(this.index);
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
    const s = new Scanner({ catalog: this.catalog, chunkSize: 509, onFinding: () => {} });
    s.beginInput('warm-up').push(bytes);
    s.result();
  }
}

export type { ScanResult, ScanReport };

export interface ScannerOptions extends ScanOptions {
  catalog?: Catalog;
  /** Called for every finding at or above the threshold, in log order. */
  onFinding?: (f: Finding) => void;
  /** Non-fatal remarks about an input (a binary file). */
  onWarning?: (message: string) => void;
}

interface Pending {
  text: string;
  notation: NumberNotation | 'name';
  digits: number;
  cueScore: number;
  cue: string | null;
  column: number;
  names: readonly Entry[] | null;
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
    if (options.sdk) {
      const sdks = SdkRegistry.of(this.engine.catalog);
      const target = resolveSdk(sdks, this.engine.catalog.entries, options.sdk);
      if (!target) throw new ScanInputError('bad_option', `--sdk '${options.sdk}' names no SDK in the catalog (${sdks.describe()}; or <sdk>/<module>)`);
      this.forced = this.engine.vocab.targets.markerMask([target]);
    }
    this.filter = this.engine.identifier.valueFilter(this.minConfidence);
    this.diagnosis = this.engine.diagnoser.session();
  }

  /** Starts an input; feed the returned tokenizer (push/commit), then call endInput(). */
  beginInput(name: string | null): Tokenizer {
    if (this.current) this.endInput();
    this.file = name;
    if (name !== null) this.files.push(name);
    this.current = new Tokenizer(this.engine.vocab.table, this.filter, this, this.chunkSize);
    return this.current;
  }

  endInput(): void {
    const t = this.current;
    if (!t) return;
    t.end();
    const size = t.bufAbs + t.len;
    this.bytes += size;
    if (size > 0) this.lines += t.buf[t.len - 1] === 10 ? t.lineNo - 1 : t.lineNo;
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
    const text = latin1(buf, tok.start, tok.end);
    const lo = t.lineLo;
    if (judgeNeighbours(this.engine.vocab, buf, tok.start, tok.end, lo, t.len)) return false;
    // Eight hex digits with a high byte are what a STATUS looks like; words like `memory` or
    // `at` before them do not make them a quantity.
    const strongHex = tok.notation === 'hex' && tok.digits >= 8 && !/^0x0000/i.test(text);
    if (!strongHex) {
      const cueIsCloser = ctx.cue !== null && ctx.cueGap < ctx.decoyGap;
      if (ctx.decoy && ctx.decoyGap <= 1 && !cueIsCloser) return false;
      if (ctx.lineDecoy && ctx.lineDecoyGap <= 4) return false;
    }
    let cueScore = 0;
    let cue: string | null = null;
    if (ctx.cue && ctx.cueGap <= 2) {
      const strong = (ctx.cue.flags & W_CUE_STRONG) !== 0;
      cueScore = strong ? (ctx.cueGap === 0 ? CUE.strongAdjacent : CUE.strongNear) : CUE.weak;
      cue = ctx.cue.text;
    }
    if (ctx.nameBefore && cueScore < CUE.name) {
      cueScore = CUE.name;
      cue = 'name';
    }
    if (cueScore < CUE.cjk) {
      const cjk = findCjkCue(this.engine.vocab, buf, tok.start, tok.end, lo, t.len);
      if (cjk) {
        cueScore = CUE.cjk;
        cue = cjk;
      }
    }
    this.hold(text, tok.notation, tok.digits, cueScore, cue, t.columnOf(tok.start), null);
    if (this.pendingCount >= MAX_PENDING_PER_LINE) this.flush(t, t.len);
    return true;
  }

  name(t: Tokenizer, start: number, end: number, info: WordInfo): boolean {
    this.hold(latin1(t.buf, start, end), 'name', 0, 0, null, t.columnOf(start), info.entries);
    if (this.pendingCount >= MAX_PENDING_PER_LINE) this.flush(t, t.len);
    return true;
  }

  lineEnd(t: Tokenizer, end: number): void {
    this.flush(t, end);
  }

  private flush(t: Tokenizer, end: number): void {
    if (this.pendingCount === 0) return;
    let ctx = this.lastCtx;
    if (ctx.line !== t.lineMask || ctx.recent !== t.recentMask || ctx.file !== t.fileMask) {
      ctx = this.lastCtx = { line: t.lineMask, recent: t.recentMask, file: t.fileMask, forced: this.forced };
      this.lastCtxKey = contextKey(ctx);
    }
    const ctxKey = this.lastCtxKey;
    let timestamp: string | null | undefined;
    const targets = this.engine.vocab.targets;
    const identifier = this.engine.identifier;
    const lineSdks = this.sdkNames(t.lineMask);
    for (let k = 0; k < this.pendingCount; k++) {
      const p = this.pending[k]!;
      const r: Resolved | null = p.names
        ? identifier.resolveName(p.text, p.names, ctx, ctxKey, targets)
        : identifier.resolveNumber(p.text, p.notation as NumberNotation, p.digits, ctx, ctxKey, targets);
      if (!r) continue;
      const confidence = confidenceOf(r, p.cueScore);
      if (confidence < this.minConfidence) continue;
      if (timestamp === undefined) timestamp = lineTimestamp(t.lineHead(end));
      const key = codeKey(r.ref, p.text);
      if (this.summary.add(key, r.ref, p.text, this.file, t.lineNo, timestamp) && r.ref) this.diagnosis.observe(key, this.file, t.lineNo, timestamp);
      const onFinding = this.options.onFinding;
      if (onFinding) {
        onFinding({
          file: this.file,
          line: t.lineNo,
          column: p.column,
          text: p.text,
          notation: p.notation,
          timestamp,
          entry: r.ref,
          reading: r.reading,
          alternatives: r.alternatives,
          confidence,
          context: { cue: p.cue, sdkFrom: r.sdkFrom, lineSdks },
          structure: r.structure,
        });
      }
    }
    this.pendingCount = 0;
  }

  private hold(text: string, notation: Pending['notation'], digits: number, cueScore: number, cue: string | null, column: number, names: readonly Entry[] | null): void {
    let p = this.pending[this.pendingCount];
    if (!p) this.pending.push((p = { text, notation, digits, cueScore, cue, column, names }));
    else {
      p.text = text;
      p.notation = notation;
      p.digits = digits;
      p.cueScore = cueScore;
      p.cue = cue;
      p.column = column;
      p.names = names;
    }
    this.pendingCount++;
  }

  // Consecutive lines mostly have the same SDK context: its cache key is made once per change.
  private lastCtx: SdkContext = { line: -1, recent: -1, file: -1, forced: 0 };
  private lastCtxKey = '';
  private readonly sdkNameCache = new Map<number, string[]>();
  private sdkNames(mask: number): string[] {
    let names = this.sdkNameCache.get(mask);
    if (!names) this.sdkNameCache.set(mask, (names = mask ? this.engine.vocab.targets.names(mask) : []));
    return names;
  }
}

export interface ReadOptions {
  /** Bytes read so far and the input's size (null when unknown: stdin, gzip). */
  onProgress?: (read: number, total: number | null) => void;
  /** Awaited after each chunk: lets a caller drain its output so memory stays bounded. */
  afterChunk?: () => Promise<void> | void;
}

/** Scans a file into `scanner` (one input). `.gz` content (by its magic bytes) is decompressed. */
export async function scanFileInto(scanner: Scanner, path: string, read: ReadOptions = {}): Promise<void> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw inputError(err, path);
  }
  let gzip = false;
  let size = 0;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new ScanInputError('input_is_directory', `'${path}' is a directory, not a log file`);
    size = st.size;
    if (size >= WARM_UP_MIN_BYTES && !process.env.AVCODES_NO_WARMUP) scanner.engine.warmUp();
    const magic = new Uint8Array(2);
    const n = readSync(fd, magic, 0, 2, 0);
    gzip = n === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
    if (!gzip) {
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

/** Scans a byte stream (stdin, a socket) into `scanner` as one input, gunzipping it if it is gzip. */
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
    source = input.pipe(gunzip);
  } else source = counted();
  let firstChunk = true;
  let total = 0;
  try {
    for await (const chunk of source) {
      if (firstChunk) {
        warnIfBinary(scanner, name, chunk);
        firstChunk = false;
      }
      t.push(chunk);
      total += chunk.length;
      read.onProgress?.(gzip ? raw : total, compressedSize);
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
  const scanner = new Scanner({ ...options, onFinding: (f) => (findings.push(f), options.onFinding?.(f)) });
  const t = scanner.beginInput(null);
  t.push(typeof input === 'string' ? new TextEncoder().encode(input) : input);
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
