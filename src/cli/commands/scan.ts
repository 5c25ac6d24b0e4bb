import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { Diagnosis } from '../../scan/diagnose.js';
import { followFileInto, untilAborted } from '../../scan/live.js';
import { DEFAULT_FIELDS, fileBytes, gunzipIfGzip, looksLikeNdjson, RecordFeeder, scanRecordsInto } from '../../scan/records.js';
import { DEFAULT_MIN_CONFIDENCE, ScanInputError, Scanner, scanFileInto, scanStreamInto, type ReadOptions, type ScanResult } from '../../scan/scanner.js';
import type { CodeSummary, ScanSummary } from '../../scan/summary.js';
import type { Finding } from '../../scan/types.js';
import { EXIT, UsageError } from '../exit.js';
import { displayCode as usualDisplay } from '../../notation/usual.js';
import { sdkChoices } from './options.js';
import { alignRows, colorsFor, plural, type Colors } from '../render.js';

export const description = 'find, identify and diagnose the codes in log files';

const FORMATS = ['text', 'ndjson', 'json', 'summary'] as const;
type Format = (typeof FORMATS)[number];
const INPUTS = ['auto', 'text', 'ndjson'] as const;
type InputMode = (typeof INPUTS)[number];

interface ScanCliOptions {
  format: string;
  sdk?: string;
  minConfidence?: string;
  progress?: boolean;
  live?: boolean;
  follow?: boolean;
  input: string;
  field: string[];
}

/** Inputs bigger than this get a progress bar (on a terminal). */
const PROGRESS_MIN_BYTES = 8 << 20;
/** Findings shown per code in the text format. */
const SHOWN_PER_CODE = 5;

export function configure(command: Command): void {
  command
    .argument('[files...]', 'log files (.gz is read transparently); - or nothing (with a pipe) for stdin')
    .option('-f, --format <format>', `output: ${FORMATS.join(', ')}`, 'text')
    .option('--sdk <sdk>', `force an SDK context: ${sdkChoices()}, or <sdk>/<module>`)
    .option('--min-confidence <0..1>', `report findings at least this sure (default ${DEFAULT_MIN_CONFIDENCE})`)
    .option('--no-progress', 'no progress bar on stderr')
    .option('--follow', 'follow one growing log file like tail -F (rotation and truncation survived) until Ctrl-C')
    .option('--live', 'write each finding as soon as its line is complete (the default when reading a pipe or a terminal)')
    .option('--no-live', 'hold the text report to the end even when reading a pipe')
    .option('--input <kind>', `${INPUTS.join(', ')}: ndjson scans chosen fields of JSON-lines records; auto detects them`, 'auto')
    .option('--field <name>', `with ndjson input, a field to scan (repeatable; a.b for a nested one); default ${DEFAULT_FIELDS.join(', ')}`, collect, [])
    .addHelpText(
      'after',
      `
Finds the SDK codes in logs in any notation (status code: 0x5200002e, Status: 1375731808,
onPlayEvent event=-2301, 报-2301错误, error_code * 20030004 *, STATUS_IOT_FAILED), tells which
SDK each belongs to from the words and SDK names around it, and skips numbers that are not
codes (pointers, sizes, durations, timestamps, thread ids, HTTP statuses, IPs, versions).

Formats:
  text      findings grouped by code with counts and lines, then the diagnosis (default)
  summary   counts, first/last occurrence, the sequence of events, and the diagnosis
  ndjson    one JSON object per finding, then {"type":"summary", …}
  json      one JSON object: { findings, summary, diagnoses }

Structured logs (--input ndjson, or detected when the first line is a JSON object): only the
chosen fields of each record are scanned, and each finding carries its record number and field.

Live input: when stdin is a pipe or a terminal, and with --follow, each finding is written as soon
as its line is complete (text: one line per finding; ndjson: its object), and the summary and the
diagnosis when the input ends or on Ctrl-C (SIGINT or SIGTERM; a second one quits at once).

Examples:
  $ avcodes scan device.log
  $ avcodes scan logcat.txt.gz --format summary
  $ adb logcat -d | avcodes scan - --sdk lvb
  $ adb logcat | avcodes scan --format ndjson
  $ avcodes scan --follow /var/log/kvs-producer.log
  $ avcodes scan kvs.log --format ndjson --min-confidence 0.8 | jq .entry.name

Exit status: 0 when codes were found, 1 when none were, 2 for bad options or unreadable input.`,
    )
    .action(async (files: string[], options: ScanCliOptions) => {
      process.exitCode = await runScan(files, options);
    });
}

/** Parses the scan arguments itself (for a caller without commander); resolves with the exit code. */
export async function run(argv: string[]): Promise<number> {
  const { Command } = await import('commander');
  const command = new Command('scan').exitOverride().configureOutput({ outputError: (text, write) => write(`avcodes scan: ${text.replace(/^error: /, '').trim()}\n`) });
  configure(command);
  try {
    await command.parseAsync(argv, { from: 'user' });
  } catch (err) {
    return (err as { exitCode?: number }).exitCode === 0 ? EXIT.found : EXIT.usage;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : EXIT.found;
}

/** Scans the inputs and writes the chosen format; resolves with the exit code. */
export async function runScan(files: readonly string[], options: ScanCliOptions): Promise<number> {
  const format = options.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${options.format}'`);
  let minConfidence = DEFAULT_MIN_CONFIDENCE;
  if (options.minConfidence !== undefined) {
    minConfidence = Number(options.minConfidence);
    if (options.minConfidence.trim() === '' || !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new UsageError(`--min-confidence must be a number from 0 to 1, not '${options.minConfidence}'`);
    }
  }
  const inputs = files.length > 0 ? [...files] : process.stdin.isTTY ? [] : ['-'];
  if (inputs.length === 0) throw new UsageError('scan needs a log file, or - to read stdin');
  if (inputs.filter((f) => f === '-').length > 1) throw new UsageError('stdin (-) can be scanned only once');
  if (options.follow && (inputs.length !== 1 || inputs[0] === '-')) throw new UsageError('--follow takes exactly one log file (not -)');
  const inputMode = (options.input ?? 'auto') as InputMode;
  if (!INPUTS.includes(inputMode)) throw new UsageError(`--input must be one of ${INPUTS.join(', ')}, not '${options.input}'`);
  if (options.follow && inputMode === 'ndjson') throw new UsageError('--follow reads text logs; use tail -F FILE | avcodes scan --input ndjson for JSON lines');
  const fields = options.field?.length ? options.field : DEFAULT_FIELDS;
  if (fields.some((f) => f.trim() === '')) throw new UsageError('--field needs a field name');
  const live = options.live ?? (options.follow === true || (inputs.includes('-') && stdinIsLive()));

  const out = new Output();
  const shown = new Map<string, Finding[]>();
  const write = streamFinding(format, out, shown, live);
  // With NDJSON input, a finding is placed in its record and field (the feeder of the current input).
  let feeder: RecordFeeder | null = null;
  const onFinding = write && ((f: Finding) => write(feeder ? { ...f, ...feeder.place(f) } : f));
  let scanner: Scanner;
  try {
    // Live, a finding cannot wait for the end of the input: the evidence of the whole input (SDK
    // names further on) gives way to the lines seen so far.
    scanner = new Scanner({ sdk: options.sdk ?? null, minConfidence, onFinding, maxHeldBytes: live ? 0 : undefined, onWarning: (m) => process.stderr.write(`avcodes scan: ${m}\n`) });
  } catch (err) {
    if (err instanceof ScanInputError) throw new UsageError(err.message);
    throw err;
  }

  if (format === 'json') out.write('{"findings":[');
  // Live, the first Ctrl-C ends the input (the summary and diagnosis are still written); a second quits.
  const stop = new AbortController();
  const onSignal = () => (stop.signal.aborted ? process.exit(130) : stop.abort());
  if (live) for (const s of STOP_SIGNALS) process.on(s, onSignal);
  let failed = false;
  try {
    for (const input of inputs) {
      if (stop.signal.aborted) break;
      const progress = options.progress !== false && !live ? Progress.for(input) : null;
      // Live output is written after every chunk: a pipe's chunk is what the writer has written so far.
      const read: ReadOptions = { afterChunk: () => out.drain(live) };
      if (progress) read.onProgress = (n, total) => progress.update(n, total);
      try {
        if (options.follow) await followFileInto(scanner, input, { signal: stop.signal, afterChunk: read.afterChunk, onNotice: (m) => process.stderr.write(`avcodes scan: ${m}\n`) });
        else if (input === '-') {
          let source: AsyncIterable<Uint8Array> = live ? untilAborted(process.stdin, stop.signal) : process.stdin;
          let ndjson = inputMode === 'ndjson';
          if (inputMode === 'auto') {
            const peeked = await peek(source);
            source = peeked.stream;
            ndjson = peeked.head !== null && looksLikeNdjson(peeked.head);
          }
          if (ndjson) await scanRecordsInto((feeder = new RecordFeeder(scanner, '-', fields)), gunzipIfGzip(source), read.afterChunk);
          else await scanStreamInto(scanner, source, '-', read);
        } else if (inputMode === 'ndjson' || (inputMode === 'auto' && fileLooksLikeNdjson(input))) {
          await scanRecordsInto((feeder = new RecordFeeder(scanner, input, fields)), fileBytes(input), read.afterChunk);
        } else await scanFileInto(scanner, input, read);
      } catch (err) {
        if (!(err instanceof ScanInputError)) throw err;
        process.stderr.write(`avcodes scan: ${err.message}\n`);
        failed = true;
      } finally {
        feeder = null;
        progress?.done();
      }
    }
  } finally {
    for (const s of STOP_SIGNALS) process.off(s, onSignal);
    // A pipe whose writer is still there would keep the process alive after the summary.
    if (stop.signal.aborted) process.stdin.destroy();
  }
  const result = scanner.result();
  if (failed && result.summary.files.length === 0) return EXIT.usage;

  switch (format) {
    case 'ndjson':
      out.write(JSON.stringify({ type: 'summary', ...summaryJson(result.summary), diagnoses: result.diagnoses }) + '\n');
      break;
    case 'json':
      out.write(`],"summary":${JSON.stringify(summaryJson(result.summary))},"diagnoses":${JSON.stringify(result.diagnoses)}}\n`);
      break;
    case 'text':
      // Live, the findings are already out, one line each: what is left is the summary.
      out.write(live ? '\n' + renderSummary(result, colorsFor(process.stdout)) : renderText(result, shown, colorsFor(process.stdout)));
      break;
    case 'summary':
      out.write(renderSummary(result, colorsFor(process.stdout)));
      break;
  }
  await out.drain(true);
  if (failed) return EXIT.usage;
  return result.summary.findings > 0 ? EXIT.found : EXIT.notFound;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The first chunk of a stream, and the stream again with that chunk in front. */
async function peek(stream: AsyncIterable<Uint8Array>): Promise<{ head: Uint8Array | null; stream: AsyncIterable<Uint8Array> }> {
  const it = stream[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? null : first.value;
  return {
    head,
    stream: (async function* () {
      if (head) yield head;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    })(),
  };
}

/** Detection for --input auto: the first 64 KB of a plain file begin with a JSON object line. */
function fileLooksLikeNdjson(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false; // the text scan reports the error
  }
  try {
    const head = new Uint8Array(65536);
    const n = readSync(fd, head, 0, head.length, 0);
    return looksLikeNdjson(head.subarray(0, n));
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/** True when stdin is a pipe, a socket or a terminal (not a file redirected with <). */
function stdinIsLive(): boolean {
  try {
    return !fstatSync(0).isFile();
  } catch {
    return false;
  }
}

/** What each format does with a finding as it is made. */
function streamFinding(format: Format, out: Output, shown: Map<string, Finding[]>, live: boolean): ((f: Finding) => void) | undefined {
  if (live && format === 'text') {
    const c = colorsFor(process.stdout);
    return (f) => out.write(liveLine(f, c));
  }
  switch (format) {
    case 'ndjson':
      return (f) => out.write(JSON.stringify(findingJson(f)) + '\n');
    case 'json': {
      let first = true;
      return (f) => {
        out.write((first ? '' : ',') + JSON.stringify(f));
        first = false;
      };
    }
    case 'text':
      // Only the first few findings of each code are printed; the rest are counted by the summary.
      return (f) => {
        const key = f.entry ? f.entry.id : `unknown:${f.text.toLowerCase()}`;
        let list = shown.get(key);
        if (!list) {
          if (shown.size >= 2000) return;
          shown.set(key, (list = []));
        }
        if (list.length < SHOWN_PER_CODE) list.push(f);
      };
    case 'summary':
      return undefined;
  }
}

function findingJson(f: Finding): object {
  return { type: 'finding', ...f };
}

function summaryJson(s: ScanSummary): object {
  return s;
}

// ---- text ------------------------------------------------------------------------------------

/** What a finding read as a negative error written without its sign says next to it. */
const SIGN_DROPPED_NOTE = 'written without its minus sign';

/** One finding on one line, for live text output. */
function liveLine(f: Finding, c: Colors): string {
  const what = f.entry ? `${c.bold(f.entry.name)}  ${c.dim(`${f.entry.sdk}/${f.entry.module} · ${f.entry.kind}`)}` : c.yellow('not in the catalog');
  const parts = [c.dim(`line ${at(f)}`), f.timestamp ? c.dim(f.timestamp) : '', c.cyan(f.text), what, c.dim(`confidence ${f.confidence.toFixed(2)}`), f.reading === 'sign-dropped' ? c.dim(SIGN_DROPPED_NOTE) : ''];
  return parts.filter((p) => p !== '').join('  ') + '\n';
}

function renderText(result: ScanResult, shown: Map<string, Finding[]>, c: Colors): string {
  const { summary } = result;
  const lines: string[] = [header(summary, c)];
  if (summary.codes.length === 0) lines.push('no SDK codes found');
  const codes = [...summary.codes].sort((a, b) => b.count - a.count || a.first.line - b.first.line);
  for (const code of codes) {
    lines.push('');
    lines.push(codeHeading(code, c));
    if (code.entry?.summary) lines.push(`  ${code.entry.summary}`);
    const structure = shown.get(code.key)?.[0]?.structure;
    if (structure) lines.push(`  ${c.dim(structure)}`);
    const list = shown.get(code.key) ?? [];
    const rows = list.map((f) => [
      `  ${where(f.file, summary.files.length)}${at(f)}`,
      f.timestamp ?? '',
      f.text,
      `confidence ${f.confidence.toFixed(2)}`,
      [f.context.cue ? `after “${f.context.cue}”` : '', f.reading === 'sign-dropped' ? SIGN_DROPPED_NOTE : ''].filter((x) => x !== '').join(', '),
    ]);
    lines.push(...alignRows(rows, [c.dim, c.dim, c.cyan, c.dim, c.dim]));
    if (code.count > list.length) lines.push(c.dim(`  … ${plural(code.count - list.length, 'more line', 'more lines')}, last at ${where(code.last.file, summary.files.length)}${code.last.line}${code.last.timestamp ? ` (${code.last.timestamp})` : ''}`));
  }
  lines.push(...diagnosisLines(result.diagnoses, summary.files.length, c));
  return lines.join('\n') + '\n';
}

function renderSummary(result: ScanResult, c: Colors): string {
  const { summary } = result;
  const lines: string[] = [header(summary, c)];
  if (summary.codes.length === 0) lines.push('no SDK codes found');
  else {
    lines.push('');
    const many = summary.files.length;
    const rows = [['count', 'code', 'name', 'sdk/module', 'first', 'last']].concat(
      summary.codes.map((s) => [
        String(s.count),
        s.entry ? displayCode(s) : s.text,
        s.entry?.name ?? '(not in the catalog)',
        s.entry ? `${s.entry.sdk}/${s.entry.module}` : '',
        occurrence(s.first, many),
        occurrence(s.last, many),
      ]),
    );
    lines.push(...alignRows(rows, [c.bold, c.cyan, c.bold, c.dim, c.dim, c.dim]));
    lines.push('', c.bold('Sequence'));
    const steps = summary.timeline.slice(0, 60).map((s) => `${s.name}${s.count > 1 ? ` ×${s.count}` : ''}`);
    lines.push('  ' + steps.join(' → ') + (summary.timeline.length > 60 || summary.timelineTruncated ? ' → …' : ''));
  }
  lines.push(...diagnosisLines(result.diagnoses, summary.files.length, c));
  return lines.join('\n') + '\n';
}

function header(s: ScanSummary, c: Colors): string {
  const what = s.files.length === 1 ? s.files[0] : plural(s.files.length, 'input', 'inputs');
  return c.bold(`${what}: ${plural(s.lines, 'line', 'lines')}, ${plural(s.findings, 'finding', 'findings')}, ${plural(s.codes.length, 'distinct code', 'distinct codes')}`);
}

function codeHeading(code: CodeSummary, c: Colors): string {
  const count = c.bold(`${code.count}×`);
  if (!code.entry) return `${count} ${c.cyan(code.text)}  ${c.yellow('not in the catalog')}`;
  const e = code.entry;
  return `${count} ${c.cyan(displayCode(code))}  ${c.bold(e.name)}  ${c.dim(`${e.sdk}/${e.module} · ${e.kind}${e.documented ? '' : ' · SDK header only'}`)}`;
}

/** What the log wrote first, then the code in its SDK's own notation when that differs: `536936449 (20010001)`. */
function displayCode(code: CodeSummary): string {
  const { usual } = usualDisplay(code.entry!, code.entry!.value);
  if (/^[A-Za-z_]/.test(code.text)) return usual;
  return code.text.toLowerCase() === usual.toLowerCase() ? code.text : `${code.text} (${usual})`;
}

function diagnosisLines(diagnoses: readonly Diagnosis[], files: number, c: Colors): string[] {
  if (diagnoses.length === 0) return [];
  const lines = ['', c.bold(`Diagnosis (${plural(diagnoses.length, 'finding', 'findings')})`)];
  diagnoses.forEach((d, i) => {
    lines.push('', `${c.bold(`${i + 1}. ${d.title}`)} ${c.dim(`[${d.rule}]`)}`);
    lines.push(`   ${d.explanation}`);
    for (const ev of d.evidence) {
      const at = ev.at.map((o) => `${files > 1 && o.file ? `${o.file}:` : ''}${o.line}${o.timestamp ? ` (${o.timestamp})` : ''}`).join(', ');
      lines.push(c.dim(`   · ${ev.name} ${ev.written} ×${ev.count} — line${ev.at.length > 1 ? 's' : ''} ${at}${ev.count > ev.at.length ? ', …' : ''}`));
    }
    for (const a of d.actions) lines.push(`   → ${a.text} ${c.dim(`(${a.source})`)}`);
  });
  return lines;
}

/** `8:97`, or `8 message:12` for a finding in a field of a structured record. */
function at(f: Finding & { field?: string | null }): string {
  return f.field ? `${f.line} ${f.field}:${f.column}` : `${f.line}:${f.column}`;
}

function occurrence(o: { file: string | null; line: number; timestamp: string | null }, files: number): string {
  return `${where(o.file, files)}${o.line}${o.timestamp ? ` ${o.timestamp}` : ''}`;
}

function where(file: string | null, files: number): string {
  return files > 1 && file ? `${file}:` : 'line ';
}

// ---- output and progress ------------------------------------------------------------------------

/** Buffers stdout writes and waits for the pipe to drain after each chunk, so memory stays bounded. */
class Output {
  private parts: string[] = [];
  private size = 0;

  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
  }

  async drain(force = false): Promise<void> {
    if (this.size === 0 || (!force && this.size < 64 * 1024)) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!process.stdout.write(text)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}

/** A one-line progress bar on stderr, only for a terminal and a big file. */
class Progress {
  private last = 0;
  private readonly started = Date.now();

  private constructor(private readonly name: string) {}

  static for(input: string): Progress | null {
    if (input === '-' || process.stderr.isTTY !== true) return null;
    try {
      if (statSync(input).size < PROGRESS_MIN_BYTES) return null;
    } catch {
      // No bar for an input that cannot be stat'd: the scan itself reports why it cannot be read.
      return null;
    }
    return new Progress(input);
  }

  update(read: number, total: number | null): void {
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const mb = (n: number) => (n / 1048576).toFixed(0);
    const rate = read / 1048576 / Math.max(0.001, (now - this.started) / 1000);
    let line = `${this.name} ${mb(read)} MB`;
    if (total) {
      const frac = Math.min(1, read / total);
      const width = 30;
      const filled = Math.round(frac * width);
      line = `${this.name} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}% ${mb(read)}/${mb(total)} MB`;
    }
    process.stderr.write(`\r${line} ${rate.toFixed(0)} MB/s\x1b[K`);
  }

  done(): void {
    if (this.last !== 0) process.stderr.write('\r\x1b[K');
  }
}
