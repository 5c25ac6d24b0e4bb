import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnswerCache, answerKey, ENTRY_OVERHEAD_BYTES } from '../src/server/answer-cache.js';

const HEADERS = { 'Content-Type': 'application/json' };
const once = (maxBytes?: number, maxAnswerBytes?: number) => new AnswerCache(HEADERS, { maxBytes, maxAnswerBytes, admitOnSecondRequest: false });

describe('AnswerCache', () => {
  it('gives back an answer with its headers and its UTF-8 Content-Length', () => {
    const cache = once();
    cache.offer('a', '{"x":"é"}');
    const hit = cache.get('a');
    assert.equal(hit?.body.toString('utf8'), '{"x":"é"}');
    assert.deepEqual(hit?.headers, ['Content-Type', 'application/json', 'Content-Length', 10]);
    assert.equal(cache.get('b'), undefined);
  });

  it('keeps an answer only when its key is asked a second time', () => {
    const cache = new AnswerCache(HEADERS);
    cache.offer('a', '1');
    assert.equal(cache.get('a'), undefined, 'first request: remembered, not kept');
    cache.offer('a', '1');
    assert.equal(cache.get('a')?.body.toString(), '1', 'second request: kept');
  });

  it('drops the least recently used answers when over its measured bytes', () => {
    const entry = ENTRY_OVERHEAD_BYTES + 2 * 2 + 10;
    const cache = once(3 * entry - 1);
    cache.offer('/1', 'x'.repeat(10));
    cache.offer('/2', 'x'.repeat(10));
    cache.get('/1'); // now /2 is the least recently used
    cache.offer('/3', 'x'.repeat(10));
    assert.ok(cache.get('/1'), '/1 was used: kept');
    assert.equal(cache.get('/2'), undefined, '/2 dropped');
    assert.ok(cache.get('/3'));
    assert.equal(cache.bytes, 2 * entry);
  });

  it('does not keep an answer larger than its per-answer limit', () => {
    const cache = once(1_000_000, 10);
    cache.offer('/big', 'x'.repeat(11));
    assert.equal(cache.get('/big'), undefined);
    assert.equal(cache.size, 0);
  });

  it('stays within its bytes however many distinct answers it is offered', () => {
    const cache = new AnswerCache(HEADERS, { maxBytes: 256 * 1024 });
    for (let i = 0; i < 200_000; i++) {
      const key = answerKey(`/api/v1/lookup?q=${i}`)!;
      cache.offer(key, `{"query":"${i}","matches":[]}`);
      cache.offer(key, `{"query":"${i}","matches":[]}`);
    }
    assert.ok(cache.bytes <= 256 * 1024, `${cache.bytes} bytes`);
    assert.ok(cache.size > 100 && cache.size < 1000, `${cache.size} entries`);
    assert.ok(cache.get(answerKey('/api/v1/lookup?q=199999')!), 'the newest is kept');
    assert.equal(cache.get(answerKey('/api/v1/lookup?q=0')!), undefined, 'the oldest went');
  });
});

describe('answerKey: answers are kept by what they mean', () => {
  const same: [string, string][] = [
    ['/api/v1/lookup?q=0x5200002e', '/api/v1/lookup?q=0x5200002e&n=17'],
    ['/api/v1/lookup?q=0x5200002e&sdk=kvs', '/api/v1/lookup?sdk=kvs&q=0x5200002e'],
    ['/api/v1/lookup?q=0x5200002e', '/api/v1/lookup?q=0x5200002%65'],
    ['/api/v1/search?q=network timeout', '/api/v1/search?q=network+timeout'],
    ['/api/v1/codes/aws-kvs/STATUS_NULL_ARG', '/api/v1/codes/aws%2Dkvs/STATUS_NULL_ARG?x=1'],
  ];
  for (const [a, b] of same) {
    it(`reads ${b} as ${a}`, () => {
      assert.ok(answerKey(a) !== null, a);
      assert.equal(answerKey(b), answerKey(a), `${a} vs ${b}`);
    });
  }
  const different: [string, string][] = [
    ['/api/v1/lookup?q=1001', '/api/v1/lookup?q=1001&context=lvb'],
    ['/api/v1/lookup?q=1001&sdk=', '/api/v1/lookup?q=1001'],
    ['/api/v1/search?q=timeout', '/api/v1/search?q=timeout&limit=5'],
    ['/api/v1/lookup?q=1001', '/api/v1/search?q=1001'],
  ];
  for (const [a, b] of different) {
    it(`keeps ${a} and ${b} apart`, () => assert.notEqual(answerKey(a), answerKey(b)));
  }
  for (const target of ['/api/v1/lookup?q=1&q=2', '/api/v1/codes/aws-kvs%2FSTATUS_NULL_ARG', '/api/v1/codes/aws-kvs/STATUS_NULL_ARG/source', '/api/v1/codes/%E0%A4%A/X', '/api/v1/catalog.json', '/healthz', 'http://x/api/v1/lookup?q=1']) {
    it(`does not cache ${target}`, () => assert.equal(answerKey(target), null));
  }
});

describe('the app fills the answer cache', () => {
  it('keeps 200 answers of lookup, search and code pages by their meaning on the second request, and never errors', async () => {
    const { makeApp } = await import('./server-helpers.js');
    const answerCache = new AnswerCache(HEADERS);
    const { app } = makeApp({}, { answerCache });
    for (const path of ['/api/v1/lookup?q=0x5200002e', '/api/v1/search?q=timeout', '/api/v1/codes/aws-kvs/STATUS_NULL_ARG']) {
      await app.request(path);
      assert.equal(answerCache.get(answerKey(path)!), undefined, `${path}: not on the first request`);
      const res = await app.request(`${path}${path.includes('?') ? '&' : '?'}ignored=1`);
      assert.equal(answerCache.get(answerKey(path)!)?.body.toString(), await res.text(), path);
    }
    for (const path of ['/api/v1/lookup?q=', '/api/v1/codes/aws-kvs/NOPE', '/api/v1/lookup?q=1&vendor=nosuch']) {
      await app.request(path);
      await app.request(path);
      assert.equal(answerCache.get(answerKey(path)!), undefined, path);
    }
    await app.request('/api/v1/lookup?q=1001', { method: 'HEAD' });
    await app.request('/api/v1/lookup?q=1001', { method: 'HEAD' });
    assert.equal(answerCache.get(answerKey('/api/v1/lookup?q=1001')!), undefined, 'HEAD');
  });
});
