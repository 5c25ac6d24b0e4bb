import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildCatalog } from '../src/catalog/build.ts';
import { classify, loadClassificationRules, type Classifiable, type ClassificationRules } from '../src/catalog/classify.ts';
import type { Entry } from '../src/catalog/schema.ts';

const root = join(import.meta.dirname, '..');
const { catalog } = buildCatalog({ root });
const byName = (name: string): Entry => {
  const e = catalog.entries.find((x) => x.name === name);
  assert.ok(e, `no entry named ${name}`);
  return e;
};

// Each row: an entry, and what its source document says about it (quoted in the reason).
const expectations: [name: string, kind: string, category: string, recovery: string, reason: string][] = [
  ['STATUS_INVALID_ACK_KEY_START', 'warning', 'service/backend', 'sdk-retries', 'AWS: "It can self-correct and this error can be treated as a warning"'],
  ['STATUS_SERVICE_CALL_TIMEOUT_ERROR', 'error', 'network', 'sdk-retries', 'AWS: "The PIC will retry the operation automatically"'],
  ['STATUS_STORE_OUT_OF_MEMORY', 'error', 'storage/memory', 'fix-configuration', 'AWS: content store sizing'],
  ['STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR', 'error', 'auth', 'fix-configuration', 'AWS: "Verify the security token"'],
  ['STATUS_INVALID_STREAM_INFO_VERSION', 'error', 'state/usage', 'fix-code', 'AWS: "Specify the correct current version of the structure"'],
  ['STATUS_MAX_STREAM_COUNT', 'error', 'configuration/limits', 'fix-configuration', 'AWS: max stream count in DeviceInfo'],
  ['INVALID_DURATION_VALUE', 'info', 'lifecycle', 'none', 'override: the Duration library sentinel'],
  ['PLAY_ERR_NET_DISCONNECT', 'error', 'network', 'retry', 'Tencent lists -2301 under "Key events" but names it *_ERR_*'],
  ['PLAY_WARNING_RECONNECT', 'warning', 'network', 'sdk-retries', 'Tencent: auto reconnection has started'],
  ['PUSH_EVT_CONNECT_SUCC', 'event', 'lifecycle', 'none', 'Tencent "Normal events"'],
  ['PUSH_ERR_OPEN_CAMERA_FAIL', 'error', 'device', 'fix-configuration', 'Tencent "Critical errors": camera'],
  ['AV_ERR_NOT_IN_MAIN_THREAD', 'error', 'state/usage', 'fix-code', 'Tencent AVSDK: API called off the main thread'],
  ['AV_ERR_TIMEOUT', 'error', 'network', 'retry', 'Tencent AVSDK: signalling timeout'],
  ['RECORDING_ERR_30000208', 'error', 'network', 'retry', 'Tencent: "This may be caused by network problem, please try again"'],
  ['RECORDING_ERR_30000201', 'error', 'service/backend', 'contact-vendor', 'Tencent: "Report to Tencent customer service"'],
  ['PUSH_SERVER_ERR_40000412', 'error', 'service/backend', 'none', 'Tencent: "No action is needed for this"'],
  ['PUSH_SERVER_ERR_1001', 'error', 'auth', 'fix-configuration', 'Tencent: "wrong input of sdkappid"'],
  ['ERROR_NETWORK_CONNECT_TIMEOUT', 'error', 'network', 'retry', 'Alibaba: the network connection times out'],
  ['ERROR_SERVER_POP_TOKEN_EXPIRED', 'error', 'auth', 'fix-configuration', 'Alibaba: the token expires'],
  ['DOWNLOADER_ERROR_NO_SPACE', 'error', 'storage/memory', 'fix-configuration', 'Alibaba: no space'],
  ['ERROR_DECODE_VIDEO', 'error', 'media/codec', 'fix-configuration', 'Alibaba: the video fails to be decoded'],
  ['ERROR_SERVER_MPS_INTERNAL_ERROR', 'error', 'service/backend', 'contact-vendor', 'Alibaba: an internal server error'],
];

describe('classification of representative entries of every vendor', () => {
  for (const [name, kind, category, recovery, reason] of expectations) {
    it(`classifies ${name} as ${kind} / ${category} / ${recovery} (${reason})`, () => {
      const e = byName(name);
      assert.deepEqual([e.kind, e.category, e.recovery], [kind, category, recovery], `${name}: decided by ${JSON.stringify(e.classifiedBy)}`);
    });
  }

  it('classifies every entry, and records the rule or override that decided each field', () => {
    const rules = loadClassificationRules(root);
    const ids = new Set([...rules.rules.map((r) => r.id)]);
    for (const e of catalog.entries) {
      for (const field of ['kind', 'category', 'recovery'] as const) {
        const by = e.classifiedBy[field];
        assert.ok(ids.has(by) || by.startsWith('override: '), `${e.id}.${field} decided by unknown rule "${by}"`);
      }
    }
  });

  it('uses every classification rule for at least one entry, so no rule is dead weight', () => {
    const rules = loadClassificationRules(root);
    const used = new Set(catalog.entries.flatMap((e) => Object.values(e.classifiedBy)));
    const unused = rules.rules.filter((r) => !used.has(r.id) && !r.id.endsWith('default')).map((r) => r.id);
    assert.deepEqual(unused, []);
  });
});

// Codes that only an SDK header describes, in its own (mostly Chinese) words: their names say little,
// their header comment says what they are about. Each row quotes the comment.
const byOwnWords: [id: string, category: string, recovery: string, words: string][] = [
  ['tencent-liteav/TXDownloadDisconnet', 'network', 'retry', 'TXVodDownloadManager: "网络断开"'],
  ['tencent-im/ERR_SDK_NOT_INITIALIZED', 'state/usage', 'fix-code', 'TIM: "IM SDK 未初始化，初始化成功回调之后重试。"'],
  ['tencent-im/ERR_SVR_ACCOUNT_USERSIG_EXPIRED', 'auth', 'fix-configuration', 'TIM: "UserSig 已过期，请重新生成 UserSig"'],
  ['aliyun-player/ALIVC_ERR_INVALID_PARAM', 'configuration/limits', 'fix-configuration', 'AliVcPlayerErrorCode.h: "参数非法，请检查输入参数"'],
  ['tencent-liteav/WARNING_INSUFFICIENT_CAPTURE_FPS', 'device', 'fix-configuration', 'TXLiteAVCode.h: "摄像头采集帧率不足"'],
];

describe('classification of header-only codes by the SDK\'s own words', () => {
  const byId = new Map(catalog.entries.map((e) => [e.id, e]));
  for (const [id, category, recovery, words] of byOwnWords) {
    it(`classifies ${id} as ${category} / ${recovery} (${words})`, () => {
      const e = byId.get(id);
      assert.ok(e, `no entry ${id}`);
      assert.deepEqual([e.category, e.recovery], [category, recovery], `${id}: decided by ${JSON.stringify(e.classifiedBy)}`);
    });
  }

  it('does not read a text\'s character encoding (字符编码) as a media codec', () => {
    const e = byId.get('tencent-im/ERR_SDK_FRIENDSHIP_INVALID_ADD_REMARK');
    assert.ok(e, 'the IM remark-field error is in the catalog');
    assert.match(e.sources.map((s) => s.sdkText ?? '').join(' '), /字符编码/);
    assert.notEqual(e.category, 'media/codec');
  });

  it('lets a rule on the name win over the SDK\'s words, and leaves documented codes to their documents', () => {
    for (const e of catalog.entries) {
      if (e.classifiedBy.category.startsWith('category-sdk-text-')) assert.equal(e.documented, false, `${e.id} is documented yet classified by its header's words`);
    }
    const camera = byName('PUSH_ERR_OPEN_CAMERA_FAIL');
    assert.equal(camera.classifiedBy.category, 'category-device');
  });
});

describe('the classification engine', () => {
  const base: Classifiable = { id: 'x/STATUS_Y', sdk: 'x', module: 'm', name: 'STATUS_Y', generatedName: false, summary: '', description: '', action: '' };
  const rules = (list: ClassificationRules['rules'], overrides: ClassificationRules['overrides'] = []): ClassificationRules => ({ rules: list, overrides });
  const fallback: ClassificationRules['rules'] = [
    { id: 'k', set: 'kind', value: 'error', when: {}, why: '' },
    { id: 'c', set: 'category', value: 'internal', when: {}, why: '' },
    { id: 'r', set: 'recovery', value: 'fix-code', when: {}, why: '' },
  ];

  it('takes the first matching rule of each field, in file order', () => {
    const r = rules([{ id: 'first', set: 'kind', value: 'warning', when: { text: 'retry', in: ['summary'] }, why: '' }, ...fallback]);
    assert.equal(classify({ ...base, summary: 'the SDK will retry' }, r).kind, 'warning');
    assert.equal(classify({ ...base, summary: 'fatal' }, r).kind, 'error');
  });

  it('lets a category rule depend on the kind decided before it', () => {
    const r = rules([fallback[0]!, { id: 'ev', set: 'category', value: 'lifecycle', when: { kind: ['event'] }, why: '' }, ...fallback.slice(1)]);
    assert.equal(classify(base, r).category, 'internal');
    const eventFirst = rules([{ id: 'e', set: 'kind', value: 'event', when: {}, why: '' }, ...r.rules]);
    assert.equal(classify(base, eventFirst).category, 'lifecycle');
  });

  it('lets a per-entry override beat every rule and says why', () => {
    const r = rules(fallback, [{ id: 'x/STATUS_Y', kind: 'info', why: 'a sentinel' }]);
    const c = classify(base, r);
    assert.equal(c.kind, 'info');
    assert.equal(c.classifiedBy.kind, 'override: a sentinel');
    assert.equal(c.category, 'internal');
  });

  it('refuses to classify when no rule matches, instead of guessing', () => {
    assert.throws(() => classify(base, rules(fallback.slice(1))), /no kind rule matches x\/STATUS_Y/);
  });
});
