// Summary and timeline: counts per code, first and last occurrence with timestamps, the ordered
// sequence of distinct events; and the timestamp forms lines start with.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Scanner, scanText } from '../src/scan/scanner.js';
import { lineTimestamp } from '../src/scan/timestamp.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/logs/${name}`, import.meta.url), 'utf8');

describe('scan summary', () => {
  const { summary } = scanText(fixture('tencent-play.log'));

  test('counts lines, findings and distinct codes', () => {
    assert.equal(summary.lines, 8);
    assert.equal(summary.findings, 6);
    assert.equal(summary.codes.length, 4);
  });

  test('lists distinct codes in the order they first occur, with first and last line and timestamp', () => {
    assert.deepEqual(
      summary.codes.map((c) => [c.entry?.name, c.count, c.first.line, c.first.timestamp, c.last.line, c.last.timestamp]),
      [
        ['PLAY_EVT_CONNECT_SUCC', 1, 2, '05-02 20:00:00.350', 2, '05-02 20:00:00.350'],
        ['PLAY_EVT_PLAY_BEGIN', 1, 3, '05-02 20:00:00.600', 3, '05-02 20:00:00.600'],
        ['PLAY_WARNING_RECONNECT', 3, 5, '05-02 20:10:13.100', 7, '05-02 20:10:19.300'],
        ['PLAY_ERR_NET_DISCONNECT', 1, 8, '05-02 20:10:22.400', 8, '05-02 20:10:22.400'],
      ],
    );
  });

  test('collapses repeats into one timeline step each', () => {
    assert.deepEqual(
      summary.timeline.map((s) => `${s.name}×${s.count}`),
      ['PLAY_EVT_CONNECT_SUCC×1', 'PLAY_EVT_PLAY_BEGIN×1', 'PLAY_WARNING_RECONNECT×3', 'PLAY_ERR_NET_DISCONNECT×1'],
    );
    assert.equal(summary.timelineTruncated, false);
  });

  test('counts a code named twice on one line once (a name and its value)', () => {
    const s = scanText('status 0x5200005e (STATUS_ACK_ERR_FRAGMENT_DURATION_REACHED)\n').summary;
    assert.equal(s.findings, 2);
    assert.equal(s.codes.length, 1);
    assert.equal(s.codes[0]!.count, 1);
  });

  test('keeps unknown code-shaped values apart by their text', () => {
    const s = scanText('status 0x520000ff\nstatus 0x520000FF\nstatus 0x520000fe\n').summary;
    assert.deepEqual(
      s.codes.map((c) => [c.key, c.count]),
      [
        ['unknown:0x520000ff', 2],
        ['unknown:0x520000fe', 1],
      ],
    );
  });

  test('runs one summary over several inputs, in order, with per-input line numbers', () => {
    const s = new Scanner();
    for (const [name, text] of [
      ['a.log', 'status 0x5200002e\n'],
      ['b.log', 'x\nstatus 0x5200002e\n'],
    ] as const) {
      s.beginInput(name).push(new TextEncoder().encode(text));
      s.endInput();
    }
    const { summary } = s.result();
    assert.deepEqual(summary.files, ['a.log', 'b.log']);
    assert.equal(summary.lines, 3);
    assert.deepEqual([summary.codes[0]!.first.file, summary.codes[0]!.first.line, summary.codes[0]!.last.file, summary.codes[0]!.last.line], ['a.log', 1, 'b.log', 2]);
  });
});

describe('line timestamps', () => {
  const enc = new TextEncoder();
  const cases: [string, string | null][] = [
    ['2024-05-01T12:00:01.123Z [INFO] x', '2024-05-01T12:00:01.123Z'],
    ['2024-05-01 12:00:01,123+08:00 x', '2024-05-01 12:00:01,123+08:00'],
    ['2024/05/01 12:00:01 x', '2024/05/01 12:00:01'],
    ['05-01 12:00:01.123  1234  1301 I TXLivePlayer: x', '05-01 12:00:01.123'],
    ['May  1 12:00:01 host kvs[42]: x', 'May  1 12:00:01'],
    ['May 12 12:00:01 host kvs[42]: x', 'May 12 12:00:01'],
    ['[12:00:01:123][AVSDK] x', '12:00:01:123'],
    ['I/TXLivePlayer: no time here 1001', null],
    ['version 1.2.3 build 20240501', null],
  ];
  for (const [line, expected] of cases) {
    test(`reads ${JSON.stringify(expected)} from ${JSON.stringify(line)}`, () => {
      assert.equal(lineTimestamp(enc.encode(line)), expected);
    });
  }
});
