import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lookup, type LookupResult } from '../src/index.js';

// Every expectation below is a fact of a source document, cited as file:line, not an output of avcodes.
const KVS_V1 = 'sources/aws-kvs-producer-errors.v1.md';
const KVS_V2 = 'sources/aws-kvs-producer-errors.v2.txt';
const ALIYUN = 'sources/aliyun-apsaravideo-player-errors.md';
const ILVB = 'sources/tencent-ilvb-avsdk-errors.md';
const LVB = 'sources/tencent-lvb-push-play-events.txt';

/** A document row: the match must be the entry that this file and line state. */
interface Row {
  sdk: string;
  value: bigint;
  at: `${string}:${number}`;
}

function statedAt(r: LookupResult, row: Row): boolean {
  return r.matches.some(
    (m) => m.entry.sdk === row.sdk && BigInt(m.entry.value) === row.value && m.entry.sources.some((s) => `${s.file}:${s.line}` === row.at),
  );
}

const documented = (r: LookupResult) => r.matches.filter((m) => m.entry.documented);

describe('every notation of one code finds the entry its document states', () => {
  const cases: { inputs: string[]; row: Row }[] = [
    {
      // 0x5200002e STATUS_STORE_OUT_OF_MEMORY (v1 line 57), in each way users paste it.
      inputs: ['0x5200002e', '0X5200002E', '5200002e', '1375731758', 'STATUS_STORE_OUT_OF_MEMORY', 'status_store_out_of_memory', 'STATUS\\_STORE\\_OUT\\_OF\\_MEMORY', '`0x5200002e`', '  0x5200002E  '],
      row: { sdk: 'aws-kvs', value: 0x5200002en, at: `${KVS_V1}:57` },
    },
    {
      // Alibaba writes 20010001 in its hex column (no 0x) and 536936449 in its decimal column (line 9).
      inputs: ['20010001', '536936449', '0x20010001', 'ERROR\\_SERVER\\_NO\\_RESPONSE'],
      row: { sdk: 'aliyun-player', value: 536936449n, at: `${ALIYUN}:9` },
    },
    {
      // Tencent writes -2301 (line 86); logs print its unsigned 32-bit form too.
      inputs: ['-2301', '4294964995', '0xfffff703', '0xFFFFF703', 'fffff703', 'PLAY_ERR_NET_DISCONNECT'],
      row: { sdk: 'tencent-lvb', value: -2301n, at: `${LVB}:86` },
    },
    {
      // 0x0000000f STATUS_OPERATION_TIMED_OUT (v1 line 162), written short.
      inputs: ['0xf', '0x0000000f', '15'],
      row: { sdk: 'aws-kvs', value: 15n, at: `${KVS_V1}:162` },
    },
    {
      // 0xFFFFFFFFFFFFFFFF INVALID_DURATION_VALUE (v1 line 137), a 64-bit value.
      inputs: ['0xFFFFFFFFFFFFFFFF', '0xffffffffffffffff', '18446744073709551615', 'ffffffffffffffff'],
      row: { sdk: 'aws-kvs', value: 0xffffffffffffffffn, at: `${KVS_V1}:137` },
    },
  ];
  for (const { inputs, row } of cases) {
    for (const input of inputs) {
      test(`reads ${JSON.stringify(input)} as ${row.sdk} ${row.at}`, () => {
        assert.ok(statedAt(lookup(input), row), `lookup(${JSON.stringify(input)}) should find the entry of ${row.at}`);
      });
    }
  }
});

describe('a value that collides across SDKs or readings gives every match', () => {
  test('1001 is a Tencent AVSDK error, a Tencent push-server error and a Tencent LVB push event', () => {
    const r = lookup('1001');
    for (const row of [
      { sdk: 'tencent-ilvb', value: 1001n, at: `${ILVB}:9` },
      { sdk: 'tencent-ilvb', value: 1001n, at: `${ILVB}:121` },
      { sdk: 'tencent-lvb', value: 1001n, at: `${LVB}:11` },
    ] as const) {
      assert.ok(statedAt(r, row), `1001 should find ${row.at}`);
    }
    assert.equal(documented(r).length, 3, '1001: exactly the three documented Tencent entries');
    assert.ok(r.matches.every((m) => m.entry.vendor === 'Tencent Cloud'), '1001: only Tencent codes');
  });

  test('3001 is the DNS failure of both the LVB pusher and the LVB player', () => {
    const r = lookup('3001');
    assert.ok(statedAt(r, { sdk: 'tencent-lvb', value: 3001n, at: `${LVB}:62` }), '3001: PUSH_WARNING_DNS_FAIL');
    assert.ok(statedAt(r, { sdk: 'tencent-lvb', value: 3001n, at: `${LVB}:110` }), '3001: PLAY_WARNING_DNS_FAIL');
    assert.equal(documented(r).length, 2);
  });

  test('30000001 is a Tencent recording error read as decimal and KVS 0x30000001 read as hex, decimal first', () => {
    const r = lookup('30000001');
    const ilvb = r.matches.find((m) => m.entry.sdk === 'tencent-ilvb');
    const kvs = r.matches.find((m) => m.entry.sdk === 'aws-kvs');
    assert.ok(ilvb && statedAt(r, { sdk: 'tencent-ilvb', value: 30000001n, at: `${ILVB}:52` }), '30000001 as decimal: the ILVB recording row');
    assert.ok(kvs && statedAt(r, { sdk: 'aws-kvs', value: 0x30000001n, at: `${KVS_V1}:271` }), '30000001 as hex: STATUS_MIN_CONTENT_VIEW_ITEMS');
    assert.equal(ilvb.reading.type === 'number' && ilvb.reading.notations.includes('decimal'), true);
    assert.equal(kvs.reading.type === 'number' && kvs.reading.notations.includes('hex-no-prefix'), true);
    assert.ok(r.matches.indexOf(ilvb) < r.matches.indexOf(kvs), 'Tencent writes decimal, so the decimal reading ranks first');
    assert.equal(r.readings.filter((x) => r.matches.some((m) => m.reading === x)).length, 2, 'two readings matched');
  });

  test('0x30000001 with its prefix is only the KVS view code', () => {
    const r = lookup('0x30000001');
    assert.ok(statedAt(r, { sdk: 'aws-kvs', value: 0x30000001n, at: `${KVS_V1}:271` }));
    assert.ok(r.matches.every((m) => m.entry.sdk === 'aws-kvs'), '0x30000001: no decimal reading, so no Tencent match');
  });

  test('1 is both KVS STATUS_NULL_ARG and ILVB AV_ERR_FAILED, and the caller\'s context decides the order', () => {
    const kvs = { sdk: 'aws-kvs', value: 1n, at: `${KVS_V1}:148` } as const;
    const ilvb = { sdk: 'tencent-ilvb', value: 1n, at: `${ILVB}:8` } as const;
    const plain = lookup('1');
    assert.ok(statedAt(plain, kvs) && statedAt(plain, ilvb), '1: both entries');
    const inKvs = lookup('1', { context: 'kvs' });
    assert.equal(inKvs.matches[0]!.entry.id, 'aws-kvs/STATUS_NULL_ARG', 'context kvs puts STATUS_NULL_ARG first');
    const inTencent = lookup('1', { context: { sdk: 'tencent-ilvb' } });
    assert.equal(inTencent.matches[0]!.entry.sdk, 'tencent-ilvb', 'context ilvb puts AV_ERR_FAILED first');
  });

  test('0x20013008 has the two names Alibaba gives it (the document prints both as 0x20013007)', () => {
    const r = lookup('0x20013008');
    const names = r.matches.filter((m) => BigInt(m.entry.value) === 0x20013008n).map((m) => m.entry.sources.find((s) => s.file === ALIYUN)?.line);
    assert.deepEqual(names.sort(), [114, 115], '0x20013008: ERROR_ARTP_SPSPPS_AACCONF_TIMEOUT (line 114) and ERROR_ARTP_ARTP_MEDIA_INFO_TIMEOUT (line 115)');
  });

  test('AV_ERR_SERVER_ID_NOT_IN_ROOM names two values: 10006 by its name and 10009 by an alias', () => {
    const r = lookup('AV_ERR_SERVER_ID_NOT_IN_ROOM');
    const at10006 = r.matches.find((m) => m.entry.value === '10006');
    const at10009 = r.matches.find((m) => m.entry.value === '10009');
    assert.ok(at10006 && statedAt(r, { sdk: 'tencent-ilvb', value: 10006n, at: `${ILVB}:40` }));
    assert.ok(at10009 && statedAt(r, { sdk: 'tencent-ilvb', value: 10009n, at: `${ILVB}:43` }));
    assert.equal(at10006.via, 'name');
    assert.equal(at10009.via, 'alias');
    assert.ok(r.matches.indexOf(at10006) < r.matches.indexOf(at10009), 'the primary name ranks above the alias');
  });

  test('the misprint 0x150000010 leads to the corrected C producer code 0x15000010', () => {
    const r = lookup('0x150000010');
    assert.equal(r.matches.length, 1);
    const m = r.matches[0]!;
    assert.equal(m.via, 'misprint');
    assert.equal(m.entry.hex, '0x15000010');
    assert.ok(m.entry.sources.some((s) => `${s.file}:${s.line}` === `${KVS_V2}:1374`), 'stated at v2 line 1374');
    assert.equal(m.misprint?.literal, '0x150000010');
  });

  test('18446744073709551615 and 0xFFFFFFFFFFFFFFFF are the same 64-bit entry', () => {
    const a = lookup('18446744073709551615').matches.map((m) => m.entry.id);
    const b = lookup('0xFFFFFFFFFFFFFFFF').matches.map((m) => m.entry.id);
    assert.deepEqual(a, b);
    assert.ok(statedAt(lookup('18446744073709551615'), { sdk: 'aws-kvs', value: 0xffffffffffffffffn, at: `${KVS_V2}:711` }));
  });
});

describe('unknown codes and text that is no code', () => {
  for (const input of ['0x7fff1234', '99999999999', 'NO_SUCH_CODE_NAME', 'hello world', '', '12.5', '0x', '-', '\u0000\u0001', 'x'.repeat(10_000)]) {
    test(`lookup(${JSON.stringify(input.slice(0, 20))}) answers with no match instead of throwing`, () => {
      const r = lookup(input);
      assert.deepEqual(r.matches, [], `lookup(${JSON.stringify(input.slice(0, 20))})`);
    });
  }
});
