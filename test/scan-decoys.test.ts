// Numbers that are not codes (test/fixtures/logs/decoys.log). Each decoy value is one the
// catalog has — a naive scanner would report it — and most sit right after a cue word, so it is
// the decoy rule that rejects them, not the missing cue.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { scanText } from '../src/scan/scanner.js';

const LOG = readFileSync(new URL('./fixtures/logs/decoys.log', import.meta.url), 'utf8');
const LINES = LOG.split('\n');

function lineOf(fragment: string): number {
  const at = LINES.flatMap((l, i) => (l.includes(fragment) ? [i + 1] : []));
  assert.equal(at.length, 1, `fixture line containing ${JSON.stringify(fragment)} is unique`);
  return at[0]!;
}

describe('scan: decoys are not codes', () => {
  test('finds nothing in the decoy log at the default confidence', () => {
    const r = scanText(LOG);
    assert.deepEqual(
      r.findings.map((f) => `${f.line}:${f.text}`),
      [],
    );
  });

  // Rejected whatever the threshold: the decoy rule, not the lack of a cue, decides.
  const rejected: [kind: string, fragment: string][] = [
    ['heap flags after a cue', 'heap flags 0x00000001'],
    ['a pointer', 'error at 0x7f9314f4733f'],
    ['a thread id after a cue', 'tid 1001 blocked'],
    ['a byte count (size word before)', 'allocation size 1375731758'],
    ['a byte count (unit after)', 'frame of 1001 bytes'],
    ['a duration', 'took 2103 ms'],
    ['a timecode and a fragment number', 'timecode 1001 fragment 2003'],
    ['a fragment ACK timecode', '"FragmentTimecode":1375731758'],
    ['a time and a date', 'error code at 12:00:16 on 2024-05-01'],
    ['an HTTP status and a code on an HTTP line', 'HTTP/1.1 403, http status code 1001'],
    ['curl error numbers', 'curl error 28'],
    ['an IP address and a port', 'peer 10.0.1.15 port 1003'],
    ['versions', 'version 2.10.3, sdk v3.2103'],
    ['a percentage and a size in MB', 'cpu 15% mem 2006 MB'],
    ['a number in a path', '/streams/1375731758/fragments'],
    ['a retry count', 'retry 2, giving up'],
    ['a thread pointer and a handle', 'handle 0x00000010'],
    ['a duration, a timeout and an offset', 'duration 3001 timeout 1005 offset -1301'],
  ];
  const all = scanText(LOG, { minConfidence: 0 });
  for (const [kind, fragment] of rejected) {
    test(`rejects ${kind}: ${JSON.stringify(fragment)}`, () => {
      const line = lineOf(fragment);
      const found = all.findings.filter((f) => f.line === line);
      assert.deepEqual(
        found.map((f) => `${f.text} ${f.entry?.name ?? ''}`),
        [],
        `nothing on line ${line} even at --min-confidence 0`,
      );
    });
  }

  test('leaves numbers without a cue below the threshold: logcat pid and tid, key=value pairs', () => {
    // These are shaped like Tencent codes and have no decoy word; only their missing cue keeps them out.
    for (const fragment of ['1001  2103 E TXLivePlayer', 'CPU_USAGE=5 VIDEO_BITRATE=2006 NET_SPEED=1001']) {
      const line = lineOf(fragment);
      const found = all.findings.filter((f) => f.line === line);
      assert.ok(found.length > 0, `the scanner does look at line ${line}`);
      for (const f of found) assert.ok(f.confidence < 0.5, `${f.text} on line ${line}: confidence ${f.confidence} stays below 0.5`);
    }
  });

  test('does not let a cue reach a number that is another key’s value', () => {
    // `onNetStatus` ends in a cue word, but 5 belongs to CPU_USAGE.
    const r = scanText('I/TXLivePlayer: onNetStatus CPU_USAGE=5\n', { minConfidence: 0 });
    assert.equal(r.findings[0]?.context.cue, null);
  });

  test('does not let a cue reach past another number', () => {
    const r = scanText('status code: 0x5200002e 0x00000001\n', { minConfidence: 0.3 });
    assert.deepEqual(
      r.findings.map((f) => f.text),
      ['0x5200002e'],
    );
  });

  test('keeps a STATUS-shaped hex value after a quantity word: 0x52… is never a size', () => {
    const r = scanText('out of memory 0x5200002e\n');
    assert.equal(r.findings[0]?.entry?.id, 'aws-kvs/STATUS_STORE_OUT_OF_MEMORY');
  });

  test('does not carry a cue from one line to the next', () => {
    const r = scanText('[ERROR] failed with status\n1001 frames\nstatus\n2103\n', { minConfidence: 0.5 });
    assert.deepEqual(
      r.findings.map((f) => f.text),
      [],
    );
  });
});
