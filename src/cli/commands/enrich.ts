import type { Command } from 'commander';
import { untilAborted } from '../../scan/live.js';
import { DEFAULT_FIELDS, fileBytes, forEachLine, gunzipIfGzip, RecordFeeder } from '../../scan/records.js';
import { DEFAULT_MIN_CONFIDENCE, ScanInputError, Scanner } from '../../scan/scanner.js';
import type { Finding } from '../../scan/types.js';
import { EXIT, UsageError } from '../exit.js';

export const description = 'add the codes found in each JSON-lines record to the record';

/** The field added to each record. */
const KEY = 'avcodes';

interface EnrichCliOptions {
  field: string[];
  sdk?: string;
  minConfidence?: string;
}

/** What each record gets per code found in it. */
interface CodeItem {
  code: string;
  name: string | null;
  sdk: string | null;
  kind: string | null;
  category: string | null;
  confidence: number;
  field: string | null;
}

export function configure(command: Command): void {
  command
    .argument('[files...]', 'NDJSON logs (.gz is read transparently); - or nothing (with a pipe) for stdin')
    .option('--field <name>', `a field to scan (repeatable; a.b for a nested one); default ${DEFAULT_FIELDS.join(', ')}`, (v: string, prev: string[]) => [...prev, v], [])
    .option('--sdk <sdk>', 'force an SDK context: aws-kvs, aliyun-player, tencent-lvb, tencent-ilvb, tencent-liteav (or kvs, alibaba, lvb, ilvb, liteav)')
    .option('--min-confidence <0..1>', `add codes found at least this sure (default ${DEFAULT_MIN_CONFIDENCE})`)
    .addHelpText(
      'after',
      `
Reads JSON-lines records and writes each back, line by line, with an added field
  "${KEY}": [{"code","name","sdk","kind","category","confidence","field"}, …]
listing the codes found in its text fields ([] when none). The record is otherwise written back
byte for byte (numbers keep their digits). Lines that are not JSON objects pass through unchanged
and are counted on stderr at the end. Output is flushed as each input chunk is done, so it fits a
log shipper's exec or pipe stage (Vector, Fluent Bit, Logstash).

Examples:
  $ docker logs app 2>&1 | avcodes enrich
  $ avcodes enrich app.ndjson --field message --field error.message > enriched.ndjson
  $ kubectl logs -f pod | avcodes enrich --sdk kvs | jq 'select(.avcodes | length > 0)'

Exit status: 0 when the input was read, 2 for bad options or unreadable input.`,
    )
    .action(async (files: string[], options: EnrichCliOptions) => {
      process.exitCode = await runEnrich(files, options);
    });
}

/** Enriches the inputs to stdout; resolves with the exit code. */
export async function runEnrich(files: readonly string[], options: EnrichCliOptions): Promise<number> {
  let minConfidence = DEFAULT_MIN_CONFIDENCE;
  if (options.minConfidence !== undefined) {
    minConfidence = Number(options.minConfidence);
    if (options.minConfidence.trim() === '' || !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new UsageError(`--min-confidence must be a number from 0 to 1, not '${options.minConfidence}'`);
    }
  }
  const fields = options.field?.length ? options.field : DEFAULT_FIELDS;
  if (fields.some((f) => f.trim() === '')) throw new UsageError('--field needs a field name');
  const inputs = files.length > 0 ? [...files] : process.stdin.isTTY ? [] : ['-'];
  if (inputs.length === 0) throw new UsageError('enrich needs an NDJSON file, or - to read stdin');
  if (inputs.filter((f) => f === '-').length > 1) throw new UsageError('stdin (-) can be read only once');

  const found: CodeItem[] = [];
  let feeder: RecordFeeder | null = null;
  const onFinding = (f: Finding) => {
    const place = feeder!.place(f);
    const e = f.entry;
    found.push({ code: f.text, name: e?.name ?? null, sdk: e?.sdk ?? null, kind: e?.kind ?? null, category: e?.category ?? null, confidence: f.confidence, field: place.field });
  };
  let scanner: Scanner;
  try {
    scanner = new Scanner({ sdk: options.sdk ?? null, minConfidence, onFinding });
  } catch (err) {
    if (err instanceof ScanInputError) throw new UsageError(err.message);
    throw err;
  }

  // Ctrl-C (or a shipper's SIGTERM) ends the input: what was read is written, then the counts.
  const stop = new AbortController();
  const onSignal = () => (stop.signal.aborted ? process.exit(130) : stop.abort());
  for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, onSignal);
  let pending = '';
  const flush = async () => {
    if (pending === '') return;
    const text = pending;
    pending = '';
    if (!process.stdout.write(text)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  };
  let records = 0;
  let withCodes = 0;
  let notJson = 0;
  let failed = false;
  try {
    for (const input of inputs) {
      if (stop.signal.aborted) break;
      const bytes = input === '-' ? gunzipIfGzip(untilAborted(process.stdin, stop.signal)) : fileBytes(input);
      const f = (feeder = new RecordFeeder(scanner, input, fields));
      try {
        await forEachLine(
          bytes,
          (line, more) => {
            found.length = 0;
            const record = f.line(line, more);
            if (record) {
              if (found.length > 0) withCodes++;
              pending += withField(line, record, found) + '\n';
            } else pending += more ? line : line + '\n';
          },
          flush,
        );
      } catch (err) {
        if (!(err instanceof ScanInputError)) throw err;
        await flush();
        process.stderr.write(`avcodes enrich: ${err.message}\n`);
        failed = true;
      } finally {
        f.end();
        records += f.records;
        notJson += f.notJson;
        feeder = null;
      }
    }
  } finally {
    for (const s of ['SIGINT', 'SIGTERM'] as const) process.off(s, onSignal);
    if (stop.signal.aborted) process.stdin.destroy();
  }
  await flush();
  process.stderr.write(`avcodes enrich: ${records} JSON ${records === 1 ? 'record' : 'records'} (${withCodes} with codes); ${notJson} ${notJson === 1 ? 'line' : 'lines'} not JSON passed through unchanged\n`);
  return failed ? EXIT.usage : EXIT.found;
}

/**
 * The record's line with the codes added before its closing brace: the rest of the line stays as
 * written (JSON.parse would turn a 64-bit number into a float). A record that already has the field
 * is written anew with it replaced.
 */
function withField(line: string, record: Record<string, unknown>, codes: readonly CodeItem[]): string {
  const value = JSON.stringify(codes);
  if (Object.hasOwn(record, KEY)) return JSON.stringify({ ...record, [KEY]: codes });
  const close = line.lastIndexOf('}');
  const comma = Object.keys(record).length > 0 ? ',' : '';
  return `${line.slice(0, close)}${comma}"${KEY}":${value}${line.slice(close)}`;
}
