// Every notation a code appears in, in a crafted log (test/fixtures/logs/notations.log). The
// expected entry of each line is the code as the source documents (or SDK headers) define it;
// the reference is given beside each row.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { scanText } from '../src/scan/scanner.js';
import type { Finding } from '../src/scan/types.js';

const LOG = readFileSync(new URL('./fixtures/logs/notations.log', import.meta.url), 'utf8');
const LINES = LOG.split('\n');
const result = scanText(LOG);

/** The findings on the line that contains `fragment` (which must be unique in the fixture). */
function on(fragment: string): Finding[] {
  const at = LINES.flatMap((l, i) => (l.includes(fragment) ? [i + 1] : []));
  assert.equal(at.length, 1, `fixture line containing ${JSON.stringify(fragment)} is unique`);
  return result.findings.filter((f) => f.line === at[0]);
}

function only(fragment: string): Finding {
  const found = on(fragment);
  assert.equal(found.length, 1, `one finding on the line with ${JSON.stringify(fragment)}: ${found.map((f) => f.text).join(', ')}`);
  return found[0]!;
}

describe('scan: codes in every notation', () => {
  // [line fragment, exact text found, entry id, reading, where the documents define it]
  const table: [string, string, string, string, string][] = [
    ['status code: 0x5200002e', '0x5200002e', 'aws-kvs/STATUS_STORE_OUT_OF_MEMORY', 'value', 'aws-kvs-producer-errors.v2.txt:206'],
    ['Status: 1375731808', '1375731808', 'aws-kvs/STATUS_ACK_ERR_FRAGMENT_TIMECODE_NOT_MONOTONIC', 'value', '0x52000060, v2.txt:507'],
    ['retStatus[0x5200002F]', '0x5200002F', 'aws-kvs/STATUS_NO_MORE_DATA_AVAILABLE', 'value', 'v2.txt:213'],
    ['ret 0xf', '0xf', 'aws-kvs/STATUS_OPERATION_TIMED_OUT', 'value', '0x0000000f, v1.md:162'],
    ['onPlayEvent event=-2301', '-2301', 'tencent-lvb/PLAY_ERR_NET_DISCONNECT', 'value', 'tencent-lvb-push-play-events.txt:86'],
    ['报-2301错误', '-2301', 'tencent-lvb/PLAY_ERR_NET_DISCONNECT', 'value', 'tencent-lvb-push-play-events.txt:86'],
    ['error_code * 20030004 *', '20030004', 'aliyun-player/ERROR_LOADING_TIMEOUT', 'as-written', 'aliyun-apsaravideo-player-errors.md:127 (hex column)'],
    ['createStream: STATUS_SERVICE', 'STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR', 'aws-kvs/STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR', 'name', 'v2.txt:123'],
    ['PUSH_WARNING_SERVER_DISCONNECT, check', 'PUSH_WARNING_SERVER_DISCONNECT', 'tencent-lvb/PUSH_WARNING_SERVER_DISCONNECT', 'name', 'tencent-lvb-push-play-events.txt:65'],
    ['code=537067524', '537067524', 'aliyun-player/ERROR_LOADING_TIMEOUT', 'value', 'aliyun-apsaravideo-player-errors.md:127 (decimal column)'],
    ['event 4294964995', '4294964995', 'tencent-lvb/PLAY_ERR_NET_DISCONNECT', 'twin', '-2301 as unsigned 32-bit'],
    ['status 0x150000011', '0x150000011', 'aws-kvs/STATUS_IOT_FAILED', 'misprint', 'v2.txt:1380 prints 0x150000011 for 0x15000011'],
    ['status 0x01000003', '0x01000003', 'aws-kvs/STATUS_HEAP_CORRUPTED', 'misprint', 'the documents print 0x01000003 (v1.md:176); the SDK emits 0x10000003'],
    ['status 0x10000003', '0x10000003', 'aws-kvs/STATUS_HEAP_CORRUPTED', 'value', 'sdk-headers/aws-kvs-status-definitions.tsv'],
    ['error 30000001', '30000001', 'tencent-ilvb/RECORDING_ERR_30000001', 'value', 'tencent-ilvb-avsdk-errors.md:52'],
    ['status 0x30000001', '0x30000001', 'aws-kvs/STATUS_MIN_CONTENT_VIEW_ITEMS', 'value', 'v1.md:271'],
    ['status 0xffffffffffffffff', '0xffffffffffffffff', 'aws-kvs/INVALID_DURATION_VALUE', 'value', 'v1.md:137'],
    ['onPlayEvent(2103)', '2103', 'tencent-lvb/PLAY_WARNING_RECONNECT', 'value', 'tencent-lvb-push-play-events.txt:104'],
    ['EnterRoom failed: ret 1001', '1001', 'tencent-ilvb/AV_ERR_REPEATED_OPERATION', 'value', 'tencent-ilvb-avsdk-errors.md:9'],
    ['onPushEvent event=3001', '3001', 'tencent-lvb/PUSH_WARNING_DNS_FAIL', 'value', 'tencent-lvb-push-play-events.txt:62'],
    ['TXLivePlayer: onPlayEvent event=3001', '3001', 'tencent-lvb/PLAY_WARNING_DNS_FAIL', 'value', 'tencent-lvb-push-play-events.txt:110'],
    ['kvs: status 0x00000001', '0x00000001', 'aws-kvs/STATUS_NULL_ARG', 'value', 'v1.md:148'],
    ['StartContext ret 1', '1', 'tencent-ilvb/AV_ERR_FAILED', 'value', 'tencent-ilvb-avsdk-errors.md:8'],
    ['错误码：1005', '1005', 'tencent-ilvb/AV_ERR_TIMEOUT', 'value', 'tencent-ilvb-avsdk-errors.md:13'],
  ];
  for (const [fragment, text, id, reading, source] of table) {
    test(`reads ${JSON.stringify(fragment)} as ${id.split('/')[1]} (${source})`, () => {
      const f = only(fragment);
      assert.equal(f.text, text, `text found on ${fragment}`);
      assert.equal(f.entry?.id, id, `entry for ${fragment}`);
      assert.equal(f.reading, reading, `reading for ${fragment}`);
      assert.ok(f.confidence >= 0.5, `confidence ${f.confidence} for ${fragment}`);
    });
  }

  test('reports a code-shaped value in a known block as unknown, with what its structure says', () => {
    const f = only('status code: 0x520000ff');
    assert.equal(f.entry, null);
    assert.equal(f.text, '0x520000ff');
    assert.match(f.structure ?? '', /0x5200xxxx/, 'names the 16-bit block');
    assert.match(f.structure ?? '', /aws-kvs/, 'names the SDK whose codes share the block');
  });

  test('gives the column in characters, counting CJK as one each', () => {
    // 直播卡住了，播放器报-2301错误: ten characters before the minus sign.
    assert.equal(only('报-2301错误').column, 11);
    assert.equal(only('retStatus[0x5200002F]').column, LINES.find((l) => l.includes('retStatus['))!.indexOf('0x5200002F') + 1);
  });

  test('keeps the timestamp a line starts with', () => {
    assert.equal(only('status code: 0x5200002e').timestamp, '2024-05-01 10:00:00.001');
    assert.equal(only('onPlayEvent(2103)').timestamp, '05-01 10:00:13.000');
    assert.equal(only('报-2301错误').timestamp, null);
  });

  test('names the cue word that made a short number a code', () => {
    assert.equal(only('ret 0xf').context.cue, 'ret');
    assert.equal(only('报-2301错误').context.cue, '报');
    assert.equal(only('错误码：1005').context.cue, '错误码');
    assert.equal(only('onPlayEvent(2103)').context.cue, 'onplayevent');
  });

  test('ranks by the SDK markers on the line: one value, two SDKs', () => {
    // 1 is STATUS_NULL_ARG (KVS, written 0x00000001) and AV_ERR_FAILED (ILVB, written 1).
    const kvs = only('kvs: status 0x00000001');
    assert.equal(kvs.context.sdkFrom, 'line');
    assert.deepEqual(kvs.alternatives.map((a) => a.id), ['tencent-ilvb/AV_ERR_FAILED']);
    const ilvb = only('StartContext ret 1');
    assert.equal(ilvb.context.sdkFrom, 'line');
    assert.deepEqual(ilvb.alternatives.map((a) => a.id), ['aws-kvs/STATUS_NULL_ARG']);
  });

  test('lists the same code of another SDK generation as an alternative', () => {
    const f = only('onPlayEvent event=-2301');
    assert.ok(f.alternatives.some((a) => a.id === 'tencent-liteav/ERR_PLAY_LIVE_STREAM_NET_DISCONNECT'), 'LiteAV defines -2301 too');
  });

  test('finds nothing else in the file', () => {
    const lines = new Set(result.findings.map((f) => f.line));
    assert.equal(result.findings.length, table.length + 1, result.findings.map((f) => `${f.line}:${f.text}`).join(' '));
    assert.equal(lines.size, result.findings.length, 'one finding per line');
  });
});

describe('scan: SDK context', () => {
  test('uses markers earlier in the file when the line has none', () => {
    const r = scanText('I/TXLivePusher: start publishing\nevent 3001\n');
    assert.equal(r.findings[0]?.entry?.id, 'tencent-lvb/PUSH_WARNING_DNS_FAIL');
    assert.equal(r.findings[0]?.context.sdkFrom, 'file');
  });

  test('lets --sdk decide a value two SDKs share', () => {
    assert.equal(scanText('ret 1\n', { sdk: 'kvs' }).findings[0]?.entry?.id, 'aws-kvs/STATUS_NULL_ARG');
    assert.equal(scanText('ret 1\n', { sdk: 'ilvb' }).findings[0]?.entry?.id, 'tencent-ilvb/AV_ERR_FAILED');
    assert.equal(scanText('ret 1\n', { sdk: 'kvs' }).findings[0]?.context.sdkFrom, 'forced');
  });

  test('lowers the confidence of a code whose SDK contradicts the line', () => {
    const plain = scanText('status 0x00000005\n', { minConfidence: 0 }).findings[0]!;
    const against = scanText('I/TXLivePlayer: status 0x00000005\n', { minConfidence: 0 }).findings[0]!;
    assert.equal(plain.entry?.id, 'aws-kvs/STATUS_BUFFER_TOO_SMALL');
    assert.ok(against.confidence < plain.confidence, `${against.confidence} < ${plain.confidence}`);
  });

  test('rejects an --sdk that names nothing, quoting it', () => {
    assert.throws(() => scanText('x', { sdk: 'nosuch' }), /--sdk 'nosuch' names no SDK/);
  });

  test('honours --min-confidence', () => {
    const low = scanText('ret 1\n', { minConfidence: 0 }).findings;
    const high = scanText('ret 1\n', { minConfidence: 0.9 }).findings;
    assert.equal(low.length, 1);
    assert.equal(high.length, 0);
  });

  test('does not report names the catalog generated for unnamed document rows', () => {
    // The ILVB recording table has no names; RECORDING_ERR_30000001 is the catalog's own label.
    assert.deepEqual(
      scanText('RECORDING_ERR_30000001 and STATUS_NULL_ARG\n').findings.map((f) => f.text),
      ['STATUS_NULL_ARG'],
    );
  });

  test('does not report the number 0, the success value of every SDK, but does report a success name', () => {
    assert.deepEqual(
      scanText('status 0x00000000 ret 0 AV_OK\n', { minConfidence: 0 }).findings.map((f) => `${f.text} ${f.entry?.id}`),
      ['AV_OK tencent-ilvb/AV_OK'],
    );
  });
});
