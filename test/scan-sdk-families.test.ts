// The SDK families that only headers define (issue #10), identified in the logs users posted: each
// case scans a real excerpt of test/corpus/ (verbatim, its source in test/corpus/index.json) and
// names the words of the log that give the family away.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { scanText } from '../src/scan/scanner.js';
import type { Finding } from '../src/scan/types.js';

const CORPUS = new URL('./corpus/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', CORPUS), 'utf8')) as { excerpts: { id: string; file: string; source: string }[] };

function excerpt(id: string): { text: string; source: string } {
  const e = index.excerpts.find((x) => x.id === id);
  assert.ok(e, `excerpt ${id} is in test/corpus/index.json`);
  return { text: readFileSync(new URL(e.file, CORPUS), 'utf8'), source: e.source };
}

const show = (f: Finding) => `${f.line}:${f.text} ${f.entry?.id ?? '(not in the catalog)'}`;

// [excerpt, the words that name the family, findings that must be among the excerpt's]
const cases: [id: string, evidence: string, expected: string[]][] = [
  [
    'kvs-webrtc-1480-ice-lws-errors',
    'iceAgentAddRemoteCandidate(): operation returned status code:',
    ['1:0x5a000005 aws-kvs-webrtc/STATUS_ICE_CANDIDATE_STRING_IS_TCP', '7:0x5a000025 aws-kvs-webrtc/STATUS_ICE_FAILED_TO_RECOVER_FROM_DISCONNECTION'],
  ],
  ['kvs-webrtc-458-ice-failed-0x5a00000d', 'the ICE block 0x5a… is the WebRTC SDK’s alone', ['1:0x5a00000d aws-kvs-webrtc/STATUS_ICE_NO_CONNECTED_CANDIDATE_PAIR']],
  ['tencent-ilive-ios-49-login-70013', 'login fail.module=IMSDK,errid=70013', ['2:70013 tencent-im/ERR_SVR_ACCOUNT_USERSIG_MISMATCH_ID']],
  ['tencent-timsdk-124-login-timeout-6012', 'TIMManager.getInstance().login(…) two lines earlier', ['3:6012 tencent-im/ERR_REQUEST_TIMEOUT']],
  ['tencent-ilive-android-41-create-room-80001', 'ILVB-Room|create im room error:80001 (an ILVB app passes on the IM code)', ['3:80001 tencent-im/ERR_SVR_COMM_SENSITIVE_TEXT']],
  ['tencent-tuicallkit-127-start-camera-1301', 'com.tencent.liteav:LiteAVSDK_TRTC in the same report', ['2:-1301 tencent-liteav/ERR_CAMERA_START_FAIL']],
  ['tencent-mlvb-64-push-refused-1326', 'the reply quotes TXLiteAVCode.h', ['3:-1326 tencent-liteav/ERR_RTMP_PUSH_SERVER_REFUSE']],
  ['alibaba-aliyundemo-sts-1-4502', 'the report spells ALIVC_ERR_QEQUEST_SAAS_SERVER_ERROR beside the number', ['1:4502 aliyun-player/ALIVC_ERR_QEQUEST_SAAS_SERVER_ERROR']],
];

describe('scan: codes of the header-only SDK families are identified in real logs', () => {
  for (const [id, evidence, expected] of cases) {
    test(`${id}: ${evidence}`, () => {
      const { text, source } = excerpt(id);
      const found = scanText(text).findings.map(show);
      for (const x of expected) assert.ok(found.includes(x), `${x} in ${id} (${source}); found ${JSON.stringify(found)}`);
    });
  }
});

describe('scan: a header-only code needs its SDK named', () => {
  test('an ACK error id of a KVS fragment ACK is not a LiteAV warning, though the log names the LVB player elsewhere', () => {
    const log = readFileSync(new URL('./fixtures/logs/decoys.log', import.meta.url), 'utf8');
    assert.deepEqual(
      scanText(log, { minConfidence: 0 }).findings.filter((f) => f.line === 9).map(show),
      [],
      'line 9: {"EventType":"ERROR","FragmentTimecode":…,"ErrorId":4000}',
    );
  });

  test("the current AliPlayer's analytics event 4001 is not the legacy player's 4001", () => {
    const { text } = excerpt('alibaba-aliplayersdk-84-fillbuffer-timeout');
    const at4001 = scanText(text, { minConfidence: 0 }).findings.filter((f) => f.text === '4001');
    assert.deepEqual(at4001.map(show), [], 'eventCode:4001 in an AliFrameWork log');
  });

  test('--sdk is the evidence a log does not give: the same GStreamer lines read as TRTC codes when the user says so', () => {
    const { text } = excerpt('decoy-dsl-353-rtspsrc-reconnect');
    const found = scanText(text, { sdk: 'trtc' }).findings;
    assert.deepEqual(found.map(show), ['2:-7 tencent-liteav/ERR_SERVER_PROCESS_FAILED', '5:-5 tencent-liteav/ERR_INVALID_LICENSE']);
    assert.ok(found.every((f) => f.context.sdkFrom === 'forced'));
  });

  for (const id of ['decoy-dsl-353-rtspsrc-reconnect', 'decoy-vitamio-50-framework-err', 'decoy-ksy-ios-95-error-10001', 'decoy-iptv-330-code-minus1']) {
    test(`small numbers of a log that names no such SDK stay unclaimed: ${id}`, () => {
      const { text, source } = excerpt(id);
      assert.deepEqual(scanText(text).findings.map(show), [], `${id} (${source})`);
    });
  }
});
