import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AvcodesError, checkQuery, explain, get, InvalidQueryError, list, lookup, lookupResultToJson, openCodebook, readingsOf, UnknownFilterError, type Catalog, type Entry } from '../src/index.js';

describe('misuse is a named error with a stable code; an unknown code is not', () => {
  test('a filter value the catalog does not have is an UnknownFilterError quoting it', () => {
    for (const [options, field] of [
      [{ vendor: 'nosuch' }, 'vendor'],
      [{ sdk: 'nosuch' }, 'sdk'],
      [{ kind: 'nosuch' }, 'kind'],
      [{ category: 'nosuch' }, 'category'],
      [{ context: 'nosuch' }, 'context'],
    ] as const) {
      assert.throws(
        () => lookup('1', options),
        (err: unknown) => err instanceof UnknownFilterError && err instanceof AvcodesError && err.code === 'unknown_filter' && err.field === field && err.message.includes('"nosuch"'),
        `lookup('1', ${JSON.stringify(options)})`,
      );
    }
  });

  test('an ambiguous SDK abbreviation names the candidates', () => {
    assert.throws(() => list({ sdk: 'tencent' }), (err: unknown) => err instanceof UnknownFilterError && /ambiguous sdk "tencent"/.test(err.message) && err.known.includes('tencent-lvb'));
  });

  test('a query that is neither text nor a number is an InvalidQueryError', () => {
    for (const bad of [null, undefined, {}, true, ['0x5200002e']]) {
      assert.throws(
        () => lookup(bad as unknown as string),
        (err: unknown) => err instanceof InvalidQueryError && err.code === 'invalid_query' && err.reason === 'not-text' && /text, a number or a bigint/.test(err.message),
        `lookup(${JSON.stringify(bad)})`,
      );
    }
  });

  test('a number that is not an exact integer is an InvalidQueryError quoting it, in lookup, explain and checkQuery', () => {
    for (const [bad, says] of [
      [1.5, /not 1\.5/],
      [Number.NaN, /not NaN/],
      [Number.POSITIVE_INFINITY, /not Infinity/],
      [2 ** 64, /18446744073709552000 is beyond .* bigint/],
      [Number.MAX_SAFE_INTEGER + 2, /9007199254740992 is beyond/],
    ] as const) {
      for (const [fn, call] of [
        ['lookup', () => lookup(bad)],
        ['explain', () => explain(bad)],
        ['checkQuery', () => checkQuery(bad)],
      ] as const) {
        assert.throws(call, (err: unknown) => err instanceof InvalidQueryError && err.reason === 'not-an-integer' && says.test(err.message), `${fn}(${bad})`);
      }
    }
  });

  test('vendor and SDK filters accept the short forms people type', () => {
    assert.ok(list({ vendor: 'alibaba' }).every((e) => e.vendor === 'Alibaba Cloud'));
    assert.ok(list({ vendor: 'AWS' }).length > 0);
    assert.ok(list({ sdk: 'kvs' }).every((e) => e.sdk === 'aws-kvs'));
    assert.ok(list({ sdk: 'ilvb' }).every((e) => e.sdk === 'tencent-ilvb'));
  });

  test('a filter narrows lookup matches: 1 within the KVS SDK is STATUS_NULL_ARG only', () => {
    assert.deepEqual(lookup('1', { sdk: 'aws-kvs' }).matches.map((m) => m.entry.id), ['aws-kvs/STATUS_NULL_ARG']);
  });

  test('get answers an unknown id with undefined', () => {
    assert.equal(get('aws-kvs/NO_SUCH_NAME'), undefined);
    assert.equal(get('aws-kvs/STATUS_STORE_OUT_OF_MEMORY')?.hex, '0x5200002e');
  });
});

describe('numbers and bigints are queries, as SDK callbacks hand them over', () => {
  test('lookup(0x5200002e) and lookup(-2301) find the entries the text forms find', () => {
    for (const [query, text, id] of [
      [0x5200002e, '0x5200002e', 'aws-kvs/STATUS_STORE_OUT_OF_MEMORY'],
      [-2301, '-2301', 'tencent-lvb/PLAY_ERR_NET_DISCONNECT'],
      [0x5200002en, '0x5200002e', 'aws-kvs/STATUS_STORE_OUT_OF_MEMORY'],
      [0xfffff703, '0xfffff703', 'tencent-lvb/PLAY_ERR_NET_DISCONNECT'],
      [0x20010001, '0x20010001', 'aliyun-player/ERROR_SERVER_NO_RESPONSE'],
    ] as const) {
      const r = lookup(query);
      assert.equal(r.matches[0]?.entry.id, id, `lookup(${String(query)})`);
      assert.equal(r.query, BigInt(query).toString(), 'the query is the decimal text of the number');
      assert.ok(r.matches.map((m) => m.entry.id).every((x) => lookup(text).matches.some((m) => m.entry.id === x)), `every match of ${String(query)} is a match of '${text}'`);
    }
  });

  test('a number is its value alone: 20010001 is not also read as hex 0x20010001', () => {
    assert.deepEqual(readingsOf(20010001).map((r) => r.label), ['as the number 20010001 = hex 0x01315411']);
    assert.deepEqual(lookup(20010001).matches, []);
    assert.equal(lookup(0x20010001).matches[0]?.entry.name, 'ERROR_SERVER_NO_RESPONSE');
  });

  test('a negative number keeps its 32- and 64-bit twins; a bigint reaches 2^64', () => {
    assert.deepEqual(readingsOf(-2301).map((r) => r.key), ['number:-2301', 'number:4294964995', 'number:18446744073709549315']);
    assert.deepEqual(
      lookup(0xffffffffffffffffn).matches.map((m) => m.entry.id),
      lookup('0xffffffffffffffff').matches.map((m) => m.entry.id),
    );
    assert.ok(lookup(0xffffffffffffffffn).matches.length > 0);
  });

  test('explain takes a number, a bigint or text and says the same', () => {
    for (const q of [0x2008000d, 0x2008000dn, '0x2008000d', '2008000d']) {
      assert.equal(explain(q).find((n) => n.errno)?.errno?.name, 'EACCES', `explain(${JSON.stringify(String(q))})`);
    }
    assert.deepEqual(explain('STATUS_NULL_ARG'), [], 'a name has no shape to explain');
  });

  test('checkQuery gives the decimal text of a number', () => {
    assert.equal(checkQuery(-2301), '-2301');
    assert.equal(checkQuery(0x5200002en), '1375731758');
  });
});

describe('the JSON form of a lookup', () => {
  test('has the query, the readings, and each match as the entry fields plus its reading', () => {
    const json = lookupResultToJson(lookup('30000001'));
    assert.equal(json.query, '30000001');
    assert.deepEqual(
      json.readings.map((r) => r.key),
      ['number:30000001', 'number:805306369'],
      'decimal first (its match ranks first), then hex',
    );
    const [first, second] = json.matches;
    assert.equal(first?.reading, 'number:30000001');
    assert.equal(first?.sdk, 'tencent-ilvb');
    assert.equal(second?.reading, 'number:805306369');
    assert.equal(second?.hex, '0x30000001');
    assert.ok(Array.isArray(first?.sources), 'entry fields are all there');
    assert.doesNotThrow(() => JSON.stringify(json), 'no BigInt left in the JSON form');
  });

  test('each match carries display: its value in its SDK\'s notation first, the other forms after', () => {
    const display = (q: string) => Object.fromEntries(lookupResultToJson(lookup(q)).matches.map((m) => [m.id, m.display]));
    assert.equal(display('1001')['tencent-lvb/PUSH_EVT_CONNECT_SUCC'], '1001 (0x000003e9)');
    assert.equal(display('-2301')['tencent-lvb/PLAY_ERR_NET_DISCONNECT'], '-2301 (0xfffff703)');
    assert.equal(display('536936449')['aliyun-player/ERROR_SERVER_NO_RESPONSE'], '20010001 (536936449)');
    assert.equal(display('1375731758')['aws-kvs/STATUS_STORE_OUT_OF_MEMORY'], '0x5200002e (1375731758)');
  });

  test('an unknown code has no matches and carries its explanation', () => {
    const json = lookupResultToJson(lookup('0x2008000d'));
    assert.deepEqual(json.matches, []);
    assert.equal(json.explanations.find((x) => x.errno)?.errno?.name, 'EACCES');
  });
});

describe('a Codebook over a catalog of your own', () => {
  test('answers from that catalog only', () => {
    const entry: Entry = {
      ...get('aws-kvs/STATUS_NULL_ARG')!,
      id: 'demo/DEMO_CODE',
      sdk: 'demo',
      name: 'DEMO_CODE',
      value: '7',
      hex: '0x00000007',
      aliases: [],
      misprints: [],
    };
    const catalog: Catalog = { formatVersion: 1, sources: [], entries: [entry] };
    const book = openCodebook(catalog);
    assert.deepEqual(book.lookup('7').matches.map((m) => m.entry.id), ['demo/DEMO_CODE']);
    assert.deepEqual(book.lookup('1').matches, []);
    assert.deepEqual(book.lookup('demo_code').matches.map((m) => m.via), ['name']);
  });
});
