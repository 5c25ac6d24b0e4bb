import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from '../src/catalog/build.ts';
import { loadManifest } from '../src/catalog/manifest.ts';
import type { Entry } from '../src/catalog/schema.ts';

// The SDK families and definition tables of issue #10, read from sources/sdk-headers/ (see its README).
const root = join(import.meta.dirname, '..');
const { catalog } = buildCatalog({ root });
const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const byId = (id: string): Entry => {
  const e = catalog.entries.find((x) => x.id === id);
  assert.ok(e, `no entry ${id}`);
  return e;
};

function avcodes(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, ...args], { env: { ...process.env, NO_COLOR: '' }, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err && typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('definition tables with line-level provenance', () => {
  it('accounts for every row of every definitions table in the manifest as a source of an entry with that name or alias', () => {
    for (const source of loadManifest(root).definitions) {
      const lines = readFileSync(join(root, source.file), 'utf8').split('\n');
      for (let i = 1; i < lines.length; i++) {
        if (lines[i]!.trim() === '') continue;
        const name = lines[i]!.split('\t')[0]!;
        const holder = catalog.entries.find((e) => e.sources.some((s) => s.file === source.file && s.line === i + 1));
        assert.ok(holder, `${source.file}:${i + 1} (${name}) is in no entry`);
        assert.ok(holder.name === name || holder.aliases.includes(name), `${source.file}:${i + 1}: ${name} is neither the name nor an alias of ${holder.id}`);
      }
    }
  });

  it('points a WebRTC code to its table line and to the header line at its commit', () => {
    const e = byId('aws-kvs-webrtc/STATUS_SIGNALING_CREATE_CALL_FAILED');
    assert.equal(e.hex, '0x5d000004');
    assert.equal(e.module, 'signaling');
    assert.equal(e.documented, false);
    const ref = e.sources[0]!;
    assert.equal(`${ref.file}:${ref.line}`, 'sources/sdk-headers/aws-kvs-webrtc-status-definitions.tsv:128');
    assert.equal(ref.definedIn, 'awslabs/amazon-kinesis-video-streams-webrtc-sdk-c:src/include/com/amazonaws/kinesis/video/webrtcclient/Include.h@187acf01b3c1');
    assert.equal(ref.definedLine, 306);
    assert.equal(ref.evidence, 'sdk-header');
  });

  it('routes each WebRTC block to its module by value', () => {
    assert.equal(byId('aws-kvs-webrtc/STATUS_SESSION_DESCRIPTION_INIT_NOT_OBJECT').module, 'session-description');
    const modules = new Set(catalog.entries.filter((e) => e.sdk === 'aws-kvs-webrtc').map((e) => e.module));
    assert.deepEqual([...modules].sort(), ['dtls', 'ice', 'networking', 'peer-connection', 'rolling-buffer', 'rtcp', 'rtp', 'sctp', 'sdp', 'session-description', 'signaling', 'srtp', 'stun']);
  });

  it("keeps an earlier release's name of a WebRTC value as an alias of the current name", () => {
    const e = byId('aws-kvs-webrtc/STATUS_ICE_SERVER_INDEX_INVALID');
    assert.ok(e.aliases.includes('STATUS_ICE_SERVER_COUNT_INVALID'));
    assert.equal(catalog.entries.filter((x) => x.sdk === 'aws-kvs-webrtc' && x.hex === '0x5a000028').length, 1);
    // A name of an earlier release whose value the current header no longer uses stays a code of its own.
    assert.equal(byId('aws-kvs-webrtc/STATUS_ICE_INVALID_GATHERING_STATE').documented, false);
  });

  it('puts the producer-c common block into aws-kvs and keeps the values of earlier releases findable', () => {
    const curl = byId('aws-kvs/STATUS_CURL_PERFORM_FAILED');
    assert.equal(curl.hex, '0x16000001');
    assert.deepEqual(curl.misprints.map((m) => [m.literal, m.reason]), [['0x15000025', 'former-value']]);
    const logger = byId('aws-kvs/STATUS_FILE_LOGGER_INDEX_FILE_INVALID_SIZE');
    assert.equal(logger.hex, '0x41300001');
    assert.deepEqual(logger.misprints.map((m) => m.literal).sort(), ['0x15000021', '0x41200001']);
  });
});

describe('the Tencent and Alibaba tables', () => {
  it("keeps the SDK's Chinese comment with its language on the definition, and adds it to a documented LVB entry", () => {
    const e = byId('tencent-lvb/PLAY_ERR_NET_DISCONNECT');
    assert.ok(e.documented);
    const ref = e.sources.find((s) => s.file === 'sources/sdk-headers/tencent-lvb-event-definitions.tsv');
    assert.ok(ref, 'the LVB event table is a source of PLAY_ERR_NET_DISCONNECT');
    assert.equal(ref.sdkTextLang, 'zh');
    assert.match(ref.sdkText ?? '', /网络断连/);
  });

  it("keeps both the Chinese and the English comment of Alibaba's AVPErrorCode.h", () => {
    const ref = byId('aliyun-player/ERROR_SERVER_NO_RESPONSE').sources.find((s) => s.file === 'sources/sdk-headers/aliyun-player-avp-error-code-definitions.tsv');
    assert.deepEqual([ref?.sdkText, ref?.sdkTextLang, ref?.sdkTextEn], ['服务器返回数据为空。', 'zh', 'The server returns no response.']);
  });

  it('makes the IM SDK and the V2 live API families of their own, classified by their names', () => {
    const im = byId('tencent-im/ERR_SDK_NOT_LOGGED_IN');
    assert.equal(im.value, '6014');
    assert.equal(im.module, 'client');
    assert.equal(byId('tencent-v2txlive/V2TXLIVE_WARNING_NETWORK_BUSY').kind, 'warning');
    assert.equal(byId('aliyun-player/EVENT_PLAYER_CACHE_SUCCESS').kind, 'event');
  });

  it("puts the VOD download manager's codes into tencent-liteav under their enum names", () => {
    const e = byId('tencent-liteav/TXDownloadAuthFaild');
    assert.equal(e.value, '-5001');
    assert.equal(e.module, 'vod-download');
  });
});

describe('the CLI on the new families', { concurrency: 2 }, () => {
  it('answers a WebRTC code with a named entry and its provenance down to the header line', async () => {
    const r = await avcodes(['0x5d000004', '--verbose']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /aws-kvs-webrtc {2}signaling {2}STATUS_SIGNALING_CREATE_CALL_FAILED {2}0x5d000004 \(1560281092\)/);
    assert.match(r.stdout, /webrtcclient\/Include\.h@187acf01b3c1 line 306, sdk-header; sources\/sdk-headers\/aws-kvs-webrtc-status-definitions\.tsv:128/);
  });

  it('finds the WebRTC SDK by its aliases', async () => {
    const r = await avcodes(['list', '--sdk', 'webrtc', '--module', 'signaling', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as { sdk: string }[];
    assert.ok(rows.length >= 60, `${rows.length} signaling codes`);
    assert.ok(rows.every((x) => x.sdk === 'aws-kvs-webrtc'));
  });

  it("a log's value of an earlier producer-c release leads to the current code and says so", async () => {
    const r = await avcodes(['0x15000025']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /0x15000025 is the value an earlier SDK release gave STATUS_CURL_PERFORM_FAILED \(sources\/sdk-headers\/aws-kvs-producer-c-status-definitions\.tsv:11\); the current SDK emits 0x16000001/);
  });

  it('answers the IM code 6014 with --context im first, and the legacy Alibaba 4001 with --context aliyun', async () => {
    const im = await avcodes(['6014', '--context', 'im']);
    assert.equal(im.code, 0, im.stderr);
    assert.match(im.stdout, /^as decimal 6014 = hex 0x0000177e\n {2}ERR_SDK_NOT_LOGGED_IN +tencent-im +6014 \(0x0000177e\)$/m);
    assert.match(im.stdout, /sources\/sdk-headers\/tencent-im-error-code-definitions\.tsv:26/);
    const ali = await avcodes(['4001', '--context', 'aliyun', '--json']);
    assert.equal(ali.code, 0, ali.stderr);
    assert.match(ali.stdout, /"id": "aliyun-player\/ALIVC_ERR_INVALID_PARAM"/);
  });

  // One code of each table of issue #10, written as its SDK's logs write it, with --context where the
  // number collides across families: the first entry is named and points to the header line at its
  // commit and to the table line.
  const lookups: [args: string[], sdk: string, name: string, header: string, table: string][] = [
    [['0x5a00000d'], 'aws-kvs-webrtc', 'STATUS_ICE_NO_CONNECTED_CANDIDATE_PAIR', 'webrtcclient/Include.h@187acf01b3c1 line', 'aws-kvs-webrtc-status-definitions.tsv:'],
    [['0x16000001'], 'aws-kvs', 'STATUS_CURL_PERFORM_FAILED', 'video/common/Include.h@c7546829290c line 69', 'aws-kvs-producer-c-status-definitions.tsv:2'],
    [['-3301', '--context', 'trtc'], 'tencent-liteav', 'ERR_TRTC_ENTER_ROOM_FAILED', 'TXLiteAVCode.h@f9972b305974 line 149', 'tencent-trtc-liteav-code-definitions.tsv:41'],
    [['-5', '--context', 'v2txlive'], 'tencent-v2txlive', 'V2TXLIVE_ERROR_INVALID_LICENSE', 'V2TXLiveCode.hpp@f9972b305974 line 38', 'tencent-v2txlive-code-definitions.tsv:7'],
    [['70013', '--context', 'im'], 'tencent-im', 'ERR_SVR_ACCOUNT_USERSIG_MISMATCH_ID', 'V2TIMErrorCode.h@', 'tencent-im-error-code-definitions.tsv:161'],
    [['-5001', '--context', 'liteav'], 'tencent-liteav', 'TXDownloadAuthFaild', 'TXVodDownloadManager.h@fa675ecd94bb line 39', 'tencent-vod-download-error-code-definitions.tsv:3'],
    [['20010001'], 'aliyun-player', 'ERROR_SERVER_NO_RESPONSE', 'AVPErrorCode.h@0e4eb0f37424 line 7', 'aliyun-player-avp-error-code-definitions.tsv:2'],
    [['4502', '--context', 'aliyun'], 'aliyun-player', 'ALIVC_ERR_QEQUEST_SAAS_SERVER_ERROR', 'AliVcPlayerErrorCode.h@9afe28efc567 line 42', 'aliyun-player-legacy-error-code-definitions.tsv:17'],
  ];
  for (const [args, sdk, name, header, table] of lookups) {
    it(`looks up ${args.join(' ')} as ${sdk} ${name}, with its header line and table line`, async () => {
      const r = await avcodes(['--verbose', ...args]);
      assert.equal(r.code, 0, r.stderr);
      const first = r.stdout.split('\n').find((l) => /^ {2}\S/.test(l)) ?? '';
      assert.match(first, new RegExp(`^ {2}${sdk} +\\S+ +${name} `), `first entry for ${args.join(' ')}:\n${r.stdout}`);
      const block = r.stdout.slice(r.stdout.indexOf(first), r.stdout.indexOf(`id ${sdk}/${name}`));
      assert.ok(block.includes(header), `${header} in\n${block}`);
      assert.ok(block.includes(`sources/sdk-headers/${table}`), `${table} in\n${block}`);
    });
  }

  it('stats shows the new SDK with its counts', async () => {
    const r = await avcodes(['stats']);
    assert.equal(r.code, 0, r.stderr);
    for (const sdk of ['aws-kvs-webrtc', 'tencent-im', 'tencent-v2txlive']) assert.match(r.stdout, new RegExp(`^${sdk} +(\\d+) +0 +\\1 `, 'm'), sdk);
  });
});
