// The tokenizer reads in chunks into one reused buffer. Whatever the chunk size and however the
// input is split, the findings, the summary and the diagnosis must be the same.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { Scanner, scanText, type ScannerOptions } from '../src/scan/scanner.js';
import { MAX_WORD } from '../src/scan/tokenizer.js';
import type { Finding } from '../src/scan/types.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/logs/${name}`, import.meta.url), 'utf8');
const FIXTURE_LINES = ['notations.log', 'decoys.log', 'kvs-producer.log', 'tencent-play.log', 'tencent-push.log', 'alibaba-logcat.log', 'ilvb.log']
  .flatMap((f) => fixture(f).split('\n'))
  .filter((l) => l !== '');

/** What must not depend on chunking: everything a finding says. */
function key(f: Finding): string {
  return [f.line, f.column, f.text, f.entry?.id ?? '-', f.reading, f.confidence, f.timestamp, f.context.cue, f.context.sdkFrom, f.alternatives.map((a) => a.id).join('|')].join(' ');
}

/** Scans `bytes` pushed in the given pieces with the given chunk size. */
function scanPieces(bytes: Uint8Array, cuts: number[], chunkSize: number, options: ScannerOptions = {}) {
  const findings: Finding[] = [];
  const s = new Scanner({ ...options, chunkSize, onFinding: (f) => findings.push(f) });
  const t = s.beginInput(null);
  let at = 0;
  for (const cut of [...cuts, bytes.length].sort((a, b) => a - b)) {
    t.push(bytes.subarray(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  s.endInput();
  return { findings, ...s.result() };
}

const enc = new TextEncoder();

// Lines the property draws from: fixture lines, codes near cues, and raw bytes (NUL, CR, invalid UTF-8, CJK).
const lineArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FIXTURE_LINES).map((l) => enc.encode(l)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('status', 'ret', 'error_code *', 'event=', '报', 'onPlayEvent', 'size', 'flags', 'tid', 'at', 'curl error', ''),
        fc.constantFrom('0x5200002e', '-2301', '2103', '1', '0xf', '20030004', '1375731758', '0x150000011', '0x00000001', '3001', '12:00:16', '10.0.0.1', 'STATUS_IOT_FAILED'),
        fc.constantFrom('', ' ms', ' bytes', '错误', '\r', ' (TXLivePlayer)', ' AVSDK', '.5'),
      )
      .map(([cue, code, tail]) => enc.encode(`${cue} ${code}${tail}`)),
  },
  // Lists, chains, CJK cues and quantities, errno lines: the tokenizer's list heads and the sink's CJK look-around.
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom('1101', '3003', '-1313', '1007', '1008', '0x52000010', '2103', '1', '10004', '端口3001', '3001次'), { minLength: 1, maxLength: 5 })
      .chain((codes) =>
        fc
          .tuple(fc.constantFrom('TXLivePusher ', 'AVSDK error ', '返回', '错误码(', 'size ', 'connect() failed, error: ', ''), fc.array(fc.constantFrom(' -> ', ', ', '，', '、', ' | ', ' '), { minLength: codes.length, maxLength: codes.length }), fc.constantFrom('', '状态码', '错误', ')'))
          .map(([head, seps, tail]) => enc.encode(head + codes.map((c, i) => (i === 0 ? c : seps[i]! + c)).join('') + tail)),
      ),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).map((s) => enc.encode(s)) },
);

const logArb = fc.array(fc.tuple(lineArb, fc.constantFrom('\n', '\r\n', '\r', '')), { maxLength: 40 }).map((lines) => {
  const parts = lines.flatMap(([l, end]) => [l, enc.encode(end)]);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
});

describe('scan: findings do not depend on the chunk size', () => {
  test('property: any chunk size and any split of the input give the same findings, summary and diagnosis', () => {
    fc.assert(
      fc.property(logArb, fc.integer({ min: 1, max: 300 }), fc.array(fc.nat(), { maxLength: 12 }), fc.constantFrom(0, 0.5), (bytes, chunkSize, rawCuts, minConfidence) => {
        const cuts = rawCuts.map((c) => (bytes.length === 0 ? 0 : c % (bytes.length + 1)));
        const whole = scanPieces(bytes, [], 1 << 20, { minConfidence });
        const split = scanPieces(bytes, cuts, chunkSize, { minConfidence });
        assert.deepEqual(split.findings.map(key), whole.findings.map(key));
        assert.deepEqual(split.summary, whole.summary);
        assert.deepEqual(split.diagnoses, whole.diagnoses);
      }),
      { numRuns: 150 },
    );
  });

  test('finds a code cut at every byte position', () => {
    const line = enc.encode('2024-05-01 10:00:00.001 [ERROR] 报-2301错误 then status code: 0x5200002e and STATUS_IOT_FAILED\n');
    const expected = scanText(line).findings.map(key);
    assert.equal(expected.length, 3);
    for (let cut = 0; cut <= line.length; cut++) {
      for (const chunkSize of [1, 7, 64]) {
        assert.deepEqual(scanPieces(line, [cut], chunkSize).findings.map(key), expected, `cut at ${cut}, chunk ${chunkSize}`);
      }
    }
  });
});

describe('scan: lines and bytes of any kind', () => {
  test('handles a line far longer than the buffer: column, timestamp and codes at both ends', () => {
    const filler = 'x '.repeat(50_000);
    const text = `2024-05-01 10:00:00.001 status 0x5200002e ${filler}event=-2301 (TXLivePlayer)\n`;
    const r = scanPieces(enc.encode(text), [], 4096);
    assert.deepEqual(
      r.findings.map((f) => [f.text, f.column, f.timestamp]),
      [
        ['0x5200002e', 32, '2024-05-01 10:00:00.001'],
        ['-2301', text.indexOf('-2301') + 1, '2024-05-01 10:00:00.001'],
      ],
    );
    assert.equal(r.findings[1]?.context.sdkFrom, 'line', 'a marker after the code on the same line counts');
  });

  test('skips words longer than any code and still finds the code after them', () => {
    const text = `token ${'A'.repeat(MAX_WORD * 40)} status 0x5200002e\n`;
    assert.deepEqual(
      scanPieces(enc.encode(text), [], 100).findings.map((f) => f.text),
      ['0x5200002e'],
    );
  });

  test('reads CRLF lines, NUL bytes and invalid UTF-8 around codes', () => {
    const bytes = new Uint8Array([
      ...enc.encode('status 0x5200002e\r\n'),
      0x00, 0xff, 0xfe, ...enc.encode(' ret 0xf '), 0xc3, 0x28, 0x00, ...enc.encode('\r\n'),
      ...enc.encode('\u0000\u0000 STATUS_IOT_FAILED\u0000\n'),
    ]);
    const r = scanText(bytes);
    assert.deepEqual(
      r.findings.map((f) => [f.line, f.text, f.entry?.name]),
      [
        [1, '0x5200002e', 'STATUS_STORE_OUT_OF_MEMORY'],
        [2, '0xf', 'STATUS_OPERATION_TIMED_OUT'],
        [3, 'STATUS_IOT_FAILED', 'STATUS_IOT_FAILED'],
      ],
    );
    assert.equal(r.summary.lines, 3);
  });

  test('counts the last line without a newline', () => {
    const r = scanText('a\nstatus 0x5200002e');
    assert.equal(r.summary.lines, 2);
    assert.equal(r.findings[0]?.line, 2);
  });

  test('scans an empty input to nothing', () => {
    const r = scanText('');
    assert.equal(r.summary.lines, 0);
    assert.equal(r.findings.length, 0);
  });

  test('rejects a chunk size that is not a positive integer', () => {
    assert.throws(() => new Scanner({ chunkSize: 0 }), /chunk size must be a positive integer, got 0/);
  });
});
