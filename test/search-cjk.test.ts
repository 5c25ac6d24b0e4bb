import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { search } from '../src/index.js';
import { tokenize } from '../src/lookup/search.ts';
import { makeApp } from './server-helpers.js';

// Issue #10: the SDKs' own (often Chinese) comments are searchable and shown by the CLI, API and page.
const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
function avcodes(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, ...args], { env: { ...process.env, NO_COLOR: '' }, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err && typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
const names = (text: string) => search(text, { limit: 50 }).map((h) => h.entry.id);

describe('CJK-aware search', () => {
  it('splits a run of Han characters into overlapping pairs and leaves other words whole', () => {
    assert.deepEqual(tokenize('网络断开'), ['网络', '络断', '断开']);
    assert.deepEqual(tokenize('IM SDK 未登录，请先登录'), ['IM', 'SDK', '未登', '登录', '请先', '先登', '登录']);
    assert.deepEqual(tokenize('fileid鉴权失败'), ['fileid', '鉴权', '权失', '失败']);
    assert.deepEqual(tokenize('断'), ['断']);
    assert.deepEqual(tokenize('STATUS_NULL_ARG'), ['STATUS', 'NULL', 'ARG']);
  });

  it('finds exactly the entries whose SDK text says 网络断开 (network disconnected)', () => {
    assert.deepEqual(names('网络断开').sort(), ['tencent-liteav/ERR_RTMP_PUSH_NET_DISCONNECT', 'tencent-liteav/TXDownloadDisconnet', 'tencent-liteav/WARNING_ROOM_DISCONNECT']);
  });

  it('finds entries by other Chinese phrases of the headers (未登录, 服务器返回数据为空, 参数非法)', () => {
    assert.ok(names('未登录').includes('tencent-im/ERR_SDK_NOT_LOGGED_IN'), '未登录 → ERR_SDK_NOT_LOGGED_IN');
    assert.equal(names('服务器返回数据为空')[0], 'aliyun-player/ERROR_SERVER_NO_RESPONSE');
    assert.ok(names('参数非法').includes('aliyun-player/ALIVC_ERR_INVALID_PARAM'), '参数非法 → ALIVC_ERR_INVALID_PARAM');
  });

  it('still finds English words, and an SDK English comment is searchable too', () => {
    assert.ok(names('timeot').some((id) => id.startsWith('tencent-ilvb/')), 'the fuzzy English search still works');
    assert.ok(names('server returns no response').includes('aliyun-player/ERROR_SERVER_NO_RESPONSE'));
  });
});

describe("the SDK's own words in the CLI and the API", { concurrency: 2 }, () => {
  it('avcodes search 网络断开 lists the three entries', async () => {
    const r = await avcodes(['search', '网络断开']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /TXDownloadDisconnet .* 网络断开$/m, 'the row shows the SDK text when no document describes the code');
    assert.match(r.stdout, /WARNING_ROOM_DISCONNECT/);
    assert.match(r.stdout, /ERR_RTMP_PUSH_NET_DISCONNECT/);
    assert.match(r.stdout, /^3 hits$/m);
  });

  it("puts the document's English and the SDK's Chinese on the one line of meaning", async () => {
    const r = await avcodes(['-1307', '--context', 'lvb']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^ {6}The network is disconnected and fails to be reconnected after three attempts, so the publishing needs to be restarted\. — 网络断连,且经多次重连抢救无效/m);
  });

  it("shows an undocumented code's Chinese text and still says no document describes it", async () => {
    const r = await avcodes(['6014', '--context', 'im']);
    assert.match(r.stdout, /^ {6}IM SDK 未登录，请先登录/m);
    assert.match(r.stdout, /^ {6}\(no document describes this code: only the SDK source defines it\)$/m);
  });

  it('show prints each SDK text with its language and table line', async () => {
    const r = await avcodes(['show', 'aliyun-player/ERROR_SERVER_NO_RESPONSE']);
    assert.match(r.stdout, /^ {2}sdk text \(zh\) {2}服务器返回数据为空。 — sources\/sdk-headers\/aliyun-player-avp-error-code-definitions\.tsv:2$/m);
    assert.match(r.stdout, /^ {2}sdk text \(en\) {2}The server returns no response\. — /m);
  });

  it('the API returns the SDK text with its language in the entry sources, and searches Chinese', async () => {
    const { app } = makeApp();
    const res = await app.request(`/api/v1/search?q=${encodeURIComponent('网络断开')}`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { hits: { entry: { id: string; sources: { sdkText?: string; sdkTextLang?: string }[] } }[] };
    const room = body.hits.find((x) => x.entry.id === 'tencent-liteav/WARNING_ROOM_DISCONNECT');
    assert.ok(room, JSON.stringify(body).slice(0, 300));
    assert.ok(room.entry.sources.some((s) => s.sdkText === '网络断开连接' && s.sdkTextLang === 'zh'));
  });
});
