// Structured logs: `avcodes scan --input ndjson` scans only the chosen fields of JSON-lines records
// and places each finding in its record and field; `avcodes enrich` writes each record back with
// the codes found in it, and lets every line that is not a JSON object through unchanged.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { forEachLine, MAX_RECORD_CHARS, RecordFeeder } from '../src/scan/records.js';
import { Scanner } from '../src/scan/scanner.js';
import type { Finding } from '../src/scan/types.js';

const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const LOG_PATH = fileURLToPath(new URL('./fixtures/logs/json-lines.ndjson', import.meta.url));
const LOG = readFileSync(LOG_PATH, 'utf8');
const LINES = LOG.split('\n').slice(0, -1);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function avcodes(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

type Placed = Finding & { record: number | null; field: string | null };

function feed(lines: readonly string[], fields?: string[]): Placed[] {
  const found: Placed[] = [];
  let feeder: RecordFeeder | null = null;
  const scanner = new Scanner({ onFinding: (f) => found.push({ ...f, ...feeder!.place(f) }) });
  feeder = new RecordFeeder(scanner, 'log', fields);
  for (const l of lines) feeder.line(l);
  feeder.end();
  return found;
}

describe('RecordFeeder', () => {
  test('places each finding in its input line, record and field, with the column in the field', () => {
    const found = feed(LINES).map((f) => [f.line, f.record, f.field, f.column, f.text, f.entry?.name ?? null]);
    assert.deepEqual(found, [
      [2, 2, 'log', 70, '0x52000010', 'STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR'],
      [3, null, null, 33, '0x52000010', 'STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR'],
      [5, 4, 'msg', 47, '0x5200002e', 'STATUS_STORE_OUT_OF_MEMORY'],
      [7, 5, 'msg', 47, '0x5200002e', 'STATUS_STORE_OUT_OF_MEMORY'],
      [9, 6, 'MESSAGE', 32, '-2301', 'PLAY_ERR_NET_DISCONNECT'],
    ]);
  });

  test('numbers in the other fields (pid, frameId, ptr, _PID) are never candidates', () => {
    const texts = feed(LINES).map((f) => f.text);
    assert.ok(!texts.includes('1375731758'), `pid/frameId not reported: ${texts.join(', ')}`);
    assert.ok(!texts.includes('0x52000011'), 'ptr not reported');
    assert.ok(!texts.includes('2103'), '_PID not reported');
  });

  test('takes the record time as the finding timestamp', () => {
    const f = feed(LINES).find((x) => x.line === 5)!;
    assert.equal(f.timestamp, '2024-05-02T08:01:10.432Z');
  });

  test('scans a nested field named with a dotted path, and only the fields asked for', () => {
    const found = feed(LINES, ['err.message']);
    assert.deepEqual(found.map((f) => [f.line, f.field, f.text, f.entry?.name]), [
      [3, null, '0x52000010', 'STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR'],
      [10, 'err.message', '0x20030004', 'ERROR_LOADING_TIMEOUT'],
    ]);
  });

  test('counts records and lines that are not JSON objects (blank lines are neither)', () => {
    const scanner = new Scanner();
    const feeder = new RecordFeeder(scanner, null);
    for (const l of LINES) feeder.line(l);
    feeder.end();
    assert.deepEqual([feeder.records, feeder.notJson], [7, 2]);
  });
});

describe('a line too long to be a record', () => {
  test('is handed on in pieces and scanned as text, its codes found, the next lines numbered on', async () => {
    const long = `${'frame pts 123456 size 4096 bytes '.repeat(40)}status code: 0x5200002e`;
    const input = `${long}\n{"msg":"status code: 0x52000010"}\n`;
    const bytes = new TextEncoder().encode(input);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 64) }, (_, i) => bytes.subarray(i * 64, i * 64 + 64));
    const pieces: [number, boolean][] = [];
    const found: Placed[] = [];
    let feeder: RecordFeeder | null = null;
    const scanner = new Scanner({ onFinding: (f) => found.push({ ...f, ...feeder!.place(f) }) });
    feeder = new RecordFeeder(scanner, 'log');
    await forEachLine(
      (async function* () {
        yield* chunks;
      })(),
      (line, more) => {
        pieces.push([line.length, more]);
        feeder!.line(line, more);
      },
      undefined,
      100,
    );
    feeder.end();
    assert.ok(pieces.length >= 2 && pieces[0]![1], `the long line came in pieces: ${JSON.stringify(pieces)}`);
    assert.deepEqual(found.map((f) => [f.line, f.record, f.field, f.text]), [[1, null, null, '0x5200002e'], [2, 1, 'msg', '0x52000010']]);
    assert.deepEqual([feeder.records, feeder.notJson], [1, 1]);
  });

  test('enrich passes it through unchanged and enriches the next record', { timeout: 60_000 }, async () => {
    const long = `${'x'.repeat(MAX_RECORD_CHARS + 1000)} status code: 0x5200002e`;
    const r = await avcodes(['enrich'], `${long}\n{"msg":"status code: 0x52000010"}\n`);
    assert.equal(r.code, 0, r.stderr);
    const [first, second, rest] = r.stdout.split('\n');
    assert.ok(first === long, 'the long line passes through byte for byte');
    assert.match(second!, /"avcodes":\[\{"code":"0x52000010"/);
    assert.equal(rest, '');
    assert.match(r.stderr, /1 JSON record \(1 with codes\); 1 line not JSON/);
  });
});

describe('avcodes scan --input ndjson', () => {
  test('ndjson output carries record and field; the summary counts input lines', async () => {
    for (const args of [['scan', LOG_PATH, '--input', 'ndjson', '--format', 'ndjson'], ['scan', LOG_PATH, '--format', 'ndjson']]) {
      const r = await avcodes(args);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      const objects = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      const findings = objects.filter((o) => o.type === 'finding');
      assert.deepEqual(findings.map((f) => [f.line, f.record, f.field]), [[2, 2, 'log'], [3, null, null], [5, 4, 'msg'], [7, 5, 'msg'], [9, 6, 'MESSAGE']], args.join(' '));
      assert.equal(objects.at(-1)!.lines, 10);
    }
  });

  test('detects JSON lines on stdin, and --input text scans them as flat text', async () => {
    const detected = await avcodes(['scan', '--format', 'ndjson'], LOG);
    const flat = await avcodes(['scan', '--format', 'ndjson', '--input', 'text'], LOG);
    const fieldsOf = (r: Run) => r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>).filter((o) => o.type === 'finding').map((f) => f.field);
    assert.deepEqual(fieldsOf(detected), ['log', null, 'msg', 'msg', 'MESSAGE']);
    assert.ok(fieldsOf(flat).every((f) => f === undefined), 'flat text findings have no field');
  });

  test('text output names the field', async () => {
    const r = await avcodes(['scan', LOG_PATH, '--field', 'msg']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /line 5 msg:47 +2024-05-02T08:01:10\.432Z +0x5200002e/);
  });

  test('rejects an unknown --input and an empty --field', async () => {
    for (const [args, says] of [
      [['scan', LOG_PATH, '--input', 'xml'], /--input must be one of auto, text, ndjson, not 'xml'/],
      [['scan', LOG_PATH, '--field', ''], /--field needs a field name/],
    ] as const) {
      const r = await avcodes([...args]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, says);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1);
    }
  });
});

describe('avcodes enrich', () => {
  test('writes every line back: records with an avcodes field, other lines unchanged, counts on stderr', async () => {
    const r = await avcodes(['enrich'], LOG);
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout.split('\n').slice(0, -1);
    assert.equal(out.length, LINES.length, 'one output line per input line');
    for (let i = 0; i < LINES.length; i++) {
      const input = LINES[i]!;
      let record: unknown = null;
      try {
        record = JSON.parse(input);
      } catch {
        // not JSON
      }
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        assert.equal(out[i], input, `line ${i + 1} passes through unchanged`);
        continue;
      }
      assert.ok(out[i]!.startsWith(input.slice(0, input.lastIndexOf('}'))), `line ${i + 1} keeps the record as written`);
      assert.deepEqual(JSON.parse(out[i]!), { ...(record as object), avcodes: (JSON.parse(out[i]!) as { avcodes: unknown }).avcodes }, `line ${i + 1} only gains avcodes`);
    }
    const codes = out.map((l) => (l.startsWith('{') ? (JSON.parse(l) as { avcodes: { code: string; name: string; field: string }[] }).avcodes.map((c) => `${c.field}:${c.name}`) : null));
    assert.deepEqual(codes, [[], ['log:STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR'], null, [], ['msg:STATUS_STORE_OUT_OF_MEMORY'], null, ['msg:STATUS_STORE_OUT_OF_MEMORY'], null, ['MESSAGE:PLAY_ERR_NET_DISCONNECT'], []]);
    const item = (JSON.parse(out[4]!) as { avcodes: object[] }).avcodes[0];
    assert.deepEqual(item, { code: '0x5200002e', name: 'STATUS_STORE_OUT_OF_MEMORY', sdk: 'aws-kvs', kind: 'error', category: 'storage/memory', confidence: 0.99, field: 'msg' });
    assert.match(r.stderr, /^avcodes enrich: 7 JSON records \(4 with codes\); 2 lines not JSON passed through unchanged\n$/);
  });

  test('keeps the digits of a 64-bit number in the record', async () => {
    const line = '{"message":"status code: 0x5200002e","big":18446744073709551615}';
    const r = await avcodes(['enrich', '-'], `${line}\n`);
    assert.ok(r.stdout.startsWith('{"message":"status code: 0x5200002e","big":18446744073709551615,"avcodes":[{'), r.stdout);
  });

  test('writes each enriched record while the pipe is still open', { timeout: 30_000 }, async () => {
    const child = spawn(process.execPath, [MAIN, 'enrich'], { env: { ...process.env, NO_COLOR: '1' } });
    try {
      let stdout = '';
      const waitFor = (pattern: RegExp) =>
        new Promise<void>((resolve, reject) => {
          const check = () => {
            if (pattern.test(stdout)) {
              child.stdout.off('data', onData);
              child.off('close', onClose);
              resolve();
            }
          };
          const onData = (d: Buffer) => {
            stdout += d.toString();
            check();
          };
          const onClose = () => reject(new Error(`enrich ended before ${pattern}: ${stdout}`));
          child.stdout.on('data', onData);
          child.once('close', onClose);
          check();
        });
      child.stdin.write('{"msg":"status code: 0x5200002e"}\n');
      await waitFor(/"avcodes":\[\{"code":"0x5200002e"/);
      child.stdin.write('plain line\n');
      await waitFor(/\nplain line\n/);
      assert.equal(child.exitCode, null, 'both lines came back before the pipe closed');
      child.stdin.end();
      await new Promise((resolve) => child.once('close', resolve));
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  test('an unreadable input is one line on stderr and exit 2', async () => {
    const r = await avcodes(['enrich', '/nonexistent/x.ndjson']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /'\/nonexistent\/x\.ndjson' does not exist/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });
});
