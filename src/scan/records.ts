/**
 * Structured logs: one JSON object per line (Docker's json-file, CloudWatch exports, the JSON logs of
 * the KVS samples). Only the chosen fields of each record are scanned — the ids, pointers and sizes
 * in the other fields never become candidates — and each finding says which record and field it is in.
 *
 * Each input line becomes exactly one scanner line (the record's time, if it has one, then its fields
 * with their line breaks turned into spaces), so the scanner's line numbers, summary and diagnosis
 * speak of input lines. A line that is not a JSON object is scanned as it is.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { inputError, type Scanner } from './scanner.js';
import type { Tokenizer } from './tokenizer.js';
import type { Finding } from './types.js';

/** The fields scanned when none are named: where the usual shippers and loggers put the text. */
export const DEFAULT_FIELDS: readonly string[] = ['message', 'msg', 'log', 'MESSAGE'];
/** String fields taken as the record's time, in this order (Docker, Bunyan/Pino-style, ECS). */
const TIME_FIELDS = ['time', 'timestamp', '@timestamp', 'ts'];
const FIELD_SEPARATOR = ' | ';
/** A line longer than this (in UTF-16 units) is no record: it is handed on in pieces, so memory stays bounded. */
export const MAX_RECORD_CHARS = 16 << 20;

/** Where a finding sits in a structured record. */
export interface RecordPlace {
  /** 1-based number of the JSON record (lines that are not JSON objects are not counted); null for such a line. */
  record: number | null;
  /** The field the code is in (a dotted path for a nested one), or null for a line that is not JSON. */
  field: string | null;
  /** 1-based column in the field's value (in the line for a line that is not JSON), in characters. */
  column: number;
}

export type RecordFinding = Finding & { record: number | null; field: string | null };

/** A JSON object parsed from one line, or null when the line is not one. */
export function parseRecord(line: string): Record<string, unknown> | null {
  const s = line.trimStart();
  if (!s.startsWith('{')) return null;
  try {
    const v: unknown = JSON.parse(s);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The value of `path` in a record: the key as written first, else a dotted path into nested objects. */
function fieldValue(record: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(record, path)) return record[path];
  let v: unknown = record;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, part)) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/**
 * Feeds lines of an NDJSON input to a scanner, one scanner line per input line, and maps the
 * findings it makes back to their record and field. Findings of a line are made while `line()` runs.
 * @example
 *   const feeder = new RecordFeeder(scanner, 'app.ndjson', ['message']);
 *   feeder.line('{"time":"2024-05-02T08:00:01Z","message":"status code: 0x5200002e"}');
 */
export class RecordFeeder {
  /** JSON records seen, and lines that were not JSON objects (blank lines are neither). */
  records = 0;
  notJson = 0;
  private readonly t: Tokenizer;
  private readonly encoder = new TextEncoder();
  // Fields of the current line: where each starts in the scanner's line (1-based character column).
  private starts: number[] = [];
  private names: string[] = [];
  private isRecord = false;
  private inLongLine = false;

  constructor(
    private readonly scanner: Scanner,
    name: string | null,
    readonly fields: readonly string[] = DEFAULT_FIELDS,
  ) {
    // Findings are placed in the record just fed, so they must not wait for later lines.
    this.t = scanner.beginInput(name, false);
  }

  /**
   * Scans one input line (without its newline); returns its record, or null when it is not one.
   * `more` says the line goes on in the next call (a line over MAX_RECORD_CHARS): it is scanned as text.
   */
  line(text: string, more = false): Record<string, unknown> | null {
    if (more || this.inLongLine) {
      if (!this.inLongLine) this.notJson++;
      this.inLongLine = more;
      this.isRecord = false;
      this.t.push(this.encoder.encode(more ? text : `${text}\n`));
      return null;
    }
    const record = parseRecord(text);
    this.starts.length = 0;
    this.names.length = 0;
    this.isRecord = record !== null;
    let fed = text;
    if (record) {
      this.records++;
      const time = TIME_FIELDS.map((k) => record[k]).find((v): v is string => typeof v === 'string' && v.length <= 64);
      fed = time ? `${time} ` : '';
      let column = codePoints(fed) + 1;
      for (const field of this.fields) {
        const v = fieldValue(record, field);
        if (typeof v !== 'string' && typeof v !== 'number') continue;
        if (this.names.length > 0) {
          fed += FIELD_SEPARATOR;
          column += FIELD_SEPARATOR.length;
        }
        const value = String(v).replace(/[\r\n]/g, ' ');
        this.starts.push(column);
        this.names.push(field);
        fed += value;
        column += codePoints(value);
      }
    } else if (text.trim() !== '') this.notJson++;
    this.t.push(this.encoder.encode(`${fed.replace(/\r/g, ' ')}\n`));
    return record;
  }

  /** Where a finding made by the last line() sits. */
  place(f: Finding): RecordPlace {
    if (!this.isRecord) return { record: null, field: null, column: f.column };
    let k = this.starts.length - 1;
    while (k >= 0 && this.starts[k]! > f.column) k--;
    if (k < 0) return { record: this.records, field: null, column: f.column };
    return { record: this.records, field: this.names[k]!, column: f.column - this.starts[k]! + 1 };
  }

  /** Ends the input. */
  end(): void {
    this.scanner.endInput();
  }
}

/**
 * Splits a byte stream into lines (UTF-8) and hands each to `onLine`; `afterChunk` is awaited after
 * each chunk's lines, so a caller can flush per chunk — per line on a live pipe. A line longer than
 * `maxChars` is handed on in pieces, each but the last with `more` true.
 */
export async function forEachLine(
  stream: AsyncIterable<Uint8Array>,
  onLine: (line: string, more: boolean) => void,
  afterChunk?: () => Promise<void> | void,
  maxChars = MAX_RECORD_CHARS,
): Promise<void> {
  const decoder = new TextDecoder();
  // The unfinished line, in pieces: only new text is searched for a newline and a long line is
  // joined once, so the work stays linear in its length.
  let parts: string[] = [];
  let partsLength = 0;
  const take = (head: string) => {
    const line = parts.length > 0 ? parts.join('') + head : head;
    parts = [];
    partsLength = 0;
    return line;
  };
  for await (const chunk of stream) {
    const text = decoder.decode(chunk, { stream: true });
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      onLine(take(text.slice(from, nl)), false);
      from = nl + 1;
    }
    if (from < text.length) {
      parts.push(text.slice(from));
      partsLength += text.length - from;
    }
    if (partsLength > maxChars) {
      const piece = take('');
      // Keep a lone high surrogate with its pair in the next piece.
      const cut = /[\ud800-\udbff]$/.test(piece) ? piece.length - 1 : piece.length;
      onLine(piece.slice(0, cut), true);
      if (cut < piece.length) {
        parts.push(piece.slice(cut));
        partsLength = piece.length - cut;
      }
    }
    await afterChunk?.();
  }
  const last = take(decoder.decode());
  if (last !== '') onLine(last, false);
  await afterChunk?.();
}

/** A byte stream gunzipped when it starts with gzip's magic bytes. */
export async function* gunzipIfGzip(stream: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const it = stream[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = first.value;
  const rest = async function* () {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  };
  if (!(head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)) {
    yield* rest();
    return;
  }
  const gunzip = createGunzip();
  const { Readable } = await import('node:stream');
  const input = Readable.from(rest());
  input.on('error', (e) => gunzip.destroy(e));
  yield* input.pipe(gunzip) as AsyncIterable<Uint8Array>;
}

/** A file's bytes as a stream (gunzipped if it is gzip), with read errors that quote the path. */
export async function* fileBytes(path: string): AsyncGenerator<Uint8Array> {
  try {
    yield* gunzipIfGzip(createReadStream(path));
  } catch (err) {
    throw inputError(err, path);
  }
}

/** True when the first non-blank line of `head` is (or, cut short, begins like) a JSON object. */
export function looksLikeNdjson(head: Uint8Array): boolean {
  const text = new TextDecoder().decode(head);
  const line = text.split('\n').find((l) => l.trim() !== '');
  if (line === undefined) return false;
  const complete = text.indexOf('\n', text.indexOf(line)) >= 0;
  return complete ? parseRecord(line) !== null : /^\s*\{\s*"/.test(line);
}

/** Scans an NDJSON byte stream into `scanner` as one input; `onFinding` of the scanner should call `feeder.place`. */
export async function scanRecordsInto(feeder: RecordFeeder, stream: AsyncIterable<Uint8Array>, afterChunk?: () => Promise<void> | void): Promise<void> {
  await forEachLine(stream, (l, more) => feeder.line(l, more), afterChunk);
  feeder.end();
}
