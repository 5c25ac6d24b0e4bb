import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AvcodesError, get, InvalidQueryError, list, lookup, lookupResultToJson, openCodebook, UnknownFilterError, type Catalog, type Entry } from '../src/index.js';

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

  test('a query that is not a string is an InvalidQueryError', () => {
    assert.throws(() => lookup(42 as unknown as string), (err: unknown) => err instanceof InvalidQueryError && err.code === 'invalid_query');
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
