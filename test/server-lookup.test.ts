import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lookup, lookupResultToJson, type LookupJson } from '../src/index.js';
import { assertApiError, assertSecurityHeaders, makeApp } from './server-helpers.js';

const { app } = makeApp();
const get = (path: string) => app.request(path);

describe('GET /api/v1/lookup', () => {
  it('answers with the same JSON as `avcodes <q> --json`', async () => {
    for (const q of ['0x5200002e', '1001', '-2301', '20010001', 'STATUS\\_STORE\\_OUT\\_OF\\_MEMORY', '0x01000001', '0x520000ff']) {
      const res = await get(`/api/v1/lookup?q=${encodeURIComponent(q)}`);
      assert.equal(res.status, 200, q);
      assertSecurityHeaders(res, q);
      assert.deepEqual(await res.json(), JSON.parse(JSON.stringify(lookupResultToJson(lookup(q)))), q);
    }
  });

  it('finds STATUS_STORE_OUT_OF_MEMORY by its hex value', async () => {
    const body = (await (await get('/api/v1/lookup?q=0x5200002e')).json()) as LookupJson;
    assert.equal(body.matches[0]?.id, 'aws-kvs/STATUS_STORE_OUT_OF_MEMORY');
    assert.equal(body.readings[0]?.label, 'as hex 0x5200002e = decimal 1375731758');
  });

  it('gives every reading of an ambiguous number, each match tagged with its reading', async () => {
    const body = (await (await get('/api/v1/lookup?q=30000001')).json()) as LookupJson;
    const readings = new Set(body.matches.map((m) => m.reading));
    assert.ok(readings.size >= 2, `30000001 is read as decimal and as hex: ${[...readings].join(', ')}`);
    for (const m of body.matches) assert.ok(body.readings.some((r) => r.key === m.reading), `${m.id} names a listed reading`);
  });

  it('answers an unknown code with 200 and no matches', async () => {
    const res = await get('/api/v1/lookup?q=0x7777777');
    assert.equal(res.status, 200);
    const body = (await res.json()) as LookupJson;
    assert.deepEqual(body.matches, []);
    assert.ok(body.readings.length > 0);
  });

  it('narrows by vendor and sdk', async () => {
    const all = (await (await get('/api/v1/lookup?q=1001')).json()) as LookupJson;
    const lvb = (await (await get('/api/v1/lookup?q=1001&sdk=lvb')).json()) as LookupJson;
    const tencent = (await (await get('/api/v1/lookup?q=1001&vendor=tencent')).json()) as LookupJson;
    assert.ok(lvb.matches.length > 0 && lvb.matches.length < all.matches.length);
    assert.ok(lvb.matches.every((m) => m.sdk === 'tencent-lvb'));
    assert.ok(tencent.matches.every((m) => m.vendor === 'Tencent Cloud'));
  });

  it('ranks the context SDK first', async () => {
    const kvs = (await (await get('/api/v1/lookup?q=1&context=kvs')).json()) as LookupJson;
    assert.equal(kvs.matches[0]?.sdk, 'aws-kvs');
  });

  const bad: [string, string, string][] = [
    ['missing q', '/api/v1/lookup', 'invalid_query'],
    ['empty q', '/api/v1/lookup?q=', 'invalid_query'],
    ['blank q', '/api/v1/lookup?q=%20%20', 'invalid_query'],
    ['a 10 000-character q', `/api/v1/lookup?q=${'9'.repeat(10_000)}`, 'invalid_query'],
    ['a 300-character q', `/api/v1/lookup?q=${'a'.repeat(300)}`, 'invalid_query'],
    ['control bytes', '/api/v1/lookup?q=%00%01%02', 'invalid_query'],
    ['invalid UTF-8', '/api/v1/lookup?q=%ff%fe', 'invalid_query'],
    ['words, not a code', '/api/v1/lookup?q=out%20of%20memory', 'invalid_query'],
    ['an unknown vendor', '/api/v1/lookup?q=1&vendor=nosuch', 'unknown_filter'],
    ['an unknown sdk', '/api/v1/lookup?q=1&sdk=nosuch', 'unknown_filter'],
    ['an unknown kind', '/api/v1/lookup?q=1&kind=fatal', 'unknown_filter'],
    ['an unknown context', '/api/v1/lookup?q=1&context=nosuch', 'unknown_filter'],
    ['a repeated q', '/api/v1/lookup?q=1&q=2', 'invalid_query'],
  ];
  for (const [what, path, code] of bad) {
    it(`answers 400 ${code} for ${what}`, async () => {
      const res = await get(path);
      await assertApiError(res, 400, code, what);
      assertSecurityHeaders(res, what);
    });
  }

  it('quotes the bad input in the message, cut short', async () => {
    const message = await assertApiError(await get('/api/v1/lookup?q=1&vendor=nosuch'), 400, 'unknown_filter', 'vendor');
    assert.match(message, /"nosuch"/);
    const long = await assertApiError(await get(`/api/v1/lookup?q=${'a'.repeat(300)}`), 400, 'invalid_query', 'long');
    assert.ok(long.length < 300, `message is short (${long.length})`);
  });
});

describe('GET /api/v1/search', () => {
  it('finds timeouts through a typo, best first, as `avcodes search --json` shapes hits', async () => {
    const res = await get('/api/v1/search?q=timeot&limit=5');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { query: string; hits: { score: number; terms: string[]; entry: { name: string } }[] };
    assert.equal(body.query, 'timeot');
    assert.ok(body.hits.length > 0 && body.hits.length <= 5);
    assert.match(body.hits[0]!.entry.name, /TIMEOUT|TIMED_OUT/);
    for (let i = 1; i < body.hits.length; i++) assert.ok(body.hits[i - 1]!.score >= body.hits[i]!.score, 'ranked');
  });

  it('finds an entry by words of its summary', async () => {
    const body = (await (await get('/api/v1/search?q=content%20store%20out%20of%20memory')).json()) as { hits: { entry: { id: string } }[] };
    assert.ok(body.hits.some((h) => h.entry.id === 'aws-kvs/STATUS_STORE_OUT_OF_MEMORY'));
  });

  it('answers 200 with no hits for words nothing contains', async () => {
    const res = await get('/api/v1/search?q=zzqqxxyy');
    assert.equal(res.status, 200);
    assert.deepEqual(((await res.json()) as { hits: unknown[] }).hits, []);
  });

  const bad: [string, string][] = [
    ['missing q', '/api/v1/search'],
    ['empty q', '/api/v1/search?q='],
    ['limit 0', '/api/v1/search?q=timeout&limit=0'],
    ['limit 101', '/api/v1/search?q=timeout&limit=101'],
    ['limit not a number', '/api/v1/search?q=timeout&limit=ten'],
    ['limit a fraction', '/api/v1/search?q=timeout&limit=2.5'],
    ['q over 500 characters', `/api/v1/search?q=${'timeout%20'.repeat(70)}`],
  ];
  for (const [what, path] of bad) {
    it(`answers 400 for ${what}`, async () => {
      await assertApiError(await get(path), 400, 'invalid_query', what);
    });
  }
});
