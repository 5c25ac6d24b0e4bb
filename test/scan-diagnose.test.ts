// Diagnosis rules (data/diagnosis-rules.json): each rule on a crafted log, each with the
// codes and lines it rests on and the documents' recommended actions; and the rule file itself
// stays true to the catalog.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { loadCatalog } from '../src/catalog/load.js';
import { CatalogIndex } from '../src/lookup/catalog-index.js';
import { DIAGNOSIS_RULES, Diagnoser, RuleError, resolvePatterns, type Diagnosis } from '../src/scan/diagnose.js';
import { scanText } from '../src/scan/scanner.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/logs/${name}`, import.meta.url), 'utf8');
const diagnose = (text: string) => scanText(text).diagnoses;
const rule = (ds: Diagnosis[], id: string) => ds.find((d) => d.rule === id);
const ids = (ds: Diagnosis[]) => ds.map((d) => d.rule);
const evidence = (d: Diagnosis | undefined) => Object.fromEntries((d?.evidence ?? []).map((e) => [e.name, { count: e.count, lines: e.at.map((a) => a.line) }]));

describe('diagnosis rules', () => {
  test('every code a rule names is in the catalog', () => {
    const index = new CatalogIndex(loadCatalog());
    for (const r of DIAGNOSIS_RULES.rules) {
      const patterns = [
        ...('codes' in r ? r.codes : []),
        ...('steps' in r ? r.steps.flatMap((s) => s.codes) : []),
        ...('resetBy' in r ? (r.resetBy ?? []) : []),
        ...('scope' in r ? r.scope : []),
      ];
      for (const [pattern, found] of resolvePatterns(index, patterns)) assert.ok(found.length > 0, `${r.id}: ${pattern} matches a catalog entry`);
    }
  });

  test('every rule cites the document text it rests on', () => {
    for (const r of DIAGNOSIS_RULES.rules) {
      assert.match(r.why, /sources?|\.md|\.txt/, `${r.id} says where in the documents`);
      for (const a of r.advice) assert.match(a.source.file, /^sources\//, `${r.id}: advice cites a source document`);
    }
  });

  test('refuses a rule whose code is not in the catalog', () => {
    const build = () =>
      new Diagnoser(new CatalogIndex(loadCatalog()), {
        formatVersion: 1,
        rules: [{ id: 'bad', title: 't', explanation: 'e', advice: [], why: 'w', kind: 'any', codes: ['aws-kvs/STATUS_NO_SUCH_CODE'] }],
      });
    assert.throws(build, (err: unknown) => err instanceof RuleError && /bad: aws-kvs\/STATUS_NO_SUCH_CODE matches no catalog entry/.test(err.message));
  });
});

describe('diagnosis: Tencent LVB playback', () => {
  test('2103 reconnect warnings followed by -2301 = network lost after the three retries: one diagnosis, not also "stream ended" on the same -2301', () => {
    const ds = diagnose(fixture('tencent-play.log'));
    assert.deepEqual(ids(ds), ['tencent-play-network-lost']);
    const lost = rule(ds, 'tencent-play-network-lost');
    assert.deepEqual(evidence(lost), {
      PLAY_WARNING_RECONNECT: { count: 3, lines: [5, 6, 7] },
      PLAY_ERR_NET_DISCONNECT: { count: 1, lines: [8] },
    });
    assert.ok(lost!.actions.some((a) => a.source === 'sources/tencent-lvb-push-play-events.txt:94'), 'cites the end-of-live-stream advice');
  });

  test('a -2301 that ends a log and a lost network earlier are two diagnoses: they rest on different lines', () => {
    const log = [
      'I/TXLivePlayer: onPlayEvent event=2103',
      'E/TXLivePlayer: onPlayEvent event=-2301',
      'I/TXLivePlayer: onPlayEvent event=2004',
      'E/TXLivePlayer: onPlayEvent event=-2301',
    ].join('\n');
    const ds = diagnose(log);
    assert.deepEqual(ids(ds), ['tencent-play-network-lost', 'tencent-play-stream-ended']);
    assert.deepEqual(evidence(rule(ds, 'tencent-play-stream-ended')).PLAY_ERR_NET_DISCONNECT?.lines, [2, 4], 'the -2301s, the last one (line 4) included');
  });

  test('2006 at the end = the stream ended; a recovered reconnect (2103 then 2004) is not a lost network', () => {
    const ds = diagnose(fixture('tencent-play-recovered.log'));
    assert.deepEqual(ids(ds), ['tencent-play-stream-ended']);
    assert.deepEqual(evidence(ds[0]), { PLAY_EVT_PLAY_END: { count: 1, lines: [4] } });
  });

  test('-2301 without reconnect warnings before it is no lost-network sequence', () => {
    const ds = diagnose('I/TXLivePlayer: onPlayEvent event=2004\nI/TXLivePlayer: onPlayEvent event=-2301\n');
    assert.deepEqual(ids(ds), ['tencent-play-stream-ended']);
  });

  test('a player event after -2301 means playback did not end there', () => {
    const ds = diagnose('I/TXLivePlayer: onPlayEvent event=-2301\nI/TXLivePlayer: onPlayEvent event=2004\n');
    assert.deepEqual(ids(ds), []);
  });
});

describe('diagnosis: Tencent LVB publishing', () => {
  const ds = diagnose(fixture('tencent-push.log'));
  test('1102 reconnects followed by -1307 = publishing lost the network after three retries', () => {
    assert.deepEqual(evidence(rule(ds, 'tencent-push-network-lost')), {
      PUSH_WARNING_RECONNECT: { count: 3, lines: [6, 7, 8] },
      PUSH_ERR_NET_DISCONNECT: { count: 1, lines: [9] },
    });
  });
  test('3004 on the pusher = the server rejected the publishing request', () => {
    const d = rule(ds, 'tencent-push-rejected');
    assert.deepEqual(evidence(d), { PUSH_WARNING_SERVER_DISCONNECT: { count: 1, lines: [10] } });
    assert.ok(d!.actions.some((a) => /txSecret/.test(a.text) && a.source === 'sources/tencent-lvb-push-play-events.txt:54'));
  });
  test('repeated 1101 = poor upstream network; twice is not enough', () => {
    assert.deepEqual(evidence(rule(ds, 'tencent-push-network-busy')), { PUSH_WARNING_NET_BUSY: { count: 3, lines: [3, 4, 5] } });
    assert.equal(rule(diagnose('I/TXLivePusher: onPushEvent event=1101\nI/TXLivePusher: onPushEvent event=1101\n'), 'tencent-push-network-busy'), undefined);
  });
});

describe('diagnosis: AWS KVS producer', () => {
  const ds = diagnose(fixture('kvs-producer.log'));
  test('finds the content store, credentials and ACK diagnoses in a producer log', () => {
    assert.deepEqual(ids(ds), ['kvs-content-store-too-small', 'kvs-credentials', 'kvs-ack-rejection']);
  });
  test('repeated STATUS_STORE_OUT_OF_MEMORY = content store too small, with the document’s action', () => {
    const d = rule(ds, 'kvs-content-store-too-small');
    assert.deepEqual(evidence(d), { STATUS_STORE_OUT_OF_MEMORY: { count: 3, lines: [8, 9, 10] } });
    // v2 lost the "+" of this action (erratum kvs-v2-markdown-escapes): the whole v1 text, cited as v1.
    assert.match(d!.actions[0]!.text, /^Content store is out-of-memory\. Content store is shared between the streams .* all the streams \+ ~20%/);
    assert.equal(d!.actions[0]!.source, 'sources/aws-kvs-producer-errors.v1.md:57');
  });
  test('one STATUS_STORE_OUT_OF_MEMORY is not yet a diagnosis', () => {
    assert.equal(rule(diagnose('kvs: status code: 0x5200002e\n'), 'kvs-content-store-too-small'), undefined);
  });
  test('0x52000010 and IoT 0x15000011 = credentials', () => {
    const d = rule(ds, 'kvs-credentials');
    assert.deepEqual(evidence(d), {
      STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR: { count: 1, lines: [4] },
      STATUS_IOT_FAILED: { count: 1, lines: [5] },
    });
    assert.ok(d!.actions.some((a) => /Verify the security token/.test(a.text)), 'the NOT_AUTHORIZED action');
  });
  test('an ACK error code = stream-side rejection, with that code’s action', () => {
    const d = rule(ds, 'kvs-ack-rejection');
    assert.deepEqual(evidence(d), { STATUS_ACK_ERR_FRAGMENT_DURATION_REACHED: { count: 1, lines: [12] } });
    assert.equal(d!.actions[0]!.id, 'aws-kvs/STATUS_ACK_ERR_FRAGMENT_DURATION_REACHED');
  });
  test('the IoT code printed with the document’s 9-digit misprint still counts', () => {
    assert.deepEqual(ids(diagnose('IotCredentialProvider: status 0x150000011\n')), ['kvs-credentials']);
  });
});

describe('diagnosis: Alibaba and ILVB', () => {
  test('an expired token (2001010D) = playback credential problem', () => {
    const ds = diagnose(fixture('alibaba-logcat.log'));
    assert.deepEqual(ids(ds), ['aliyun-play-credentials']);
    assert.deepEqual(evidence(ds[0]), { ERROR_SERVER_POP_TOKEN_EXPIRED: { count: 2, lines: [2, 3] } });
  });
  test('AV_ERR_ROOM_NOT_EXIST and AV_ERR_HAS_IN_THE_STATE = an API called in the wrong state', () => {
    const ds = diagnose(fixture('ilvb.log'));
    assert.deepEqual(ids(ds), ['ilvb-call-order']);
    assert.deepEqual(evidence(ds[0]), { AV_ERR_ROOM_NOT_EXIST: { count: 1, lines: [2] } });
  });
  test('the decoy log has no diagnosis', () => {
    assert.deepEqual(ids(diagnose(fixture('decoys.log'))), []);
  });
});
