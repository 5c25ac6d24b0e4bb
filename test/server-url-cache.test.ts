import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UrlCache } from '../src/server/url-cache.js';

const HEADERS = { 'Content-Type': 'application/json' };

describe('UrlCache', () => {
  it('gives back an answer with its headers and its UTF-8 Content-Length', () => {
    const cache = new UrlCache(HEADERS);
    cache.set('/a', '{"x":"é"}');
    const hit = cache.get('/a');
    assert.equal(hit?.body, '{"x":"é"}');
    assert.deepEqual(hit?.headers, { 'Content-Type': 'application/json', 'Content-Length': 10 });
    assert.equal(cache.get('/b'), undefined);
  });

  it('drops the least recently used answers when over its size', () => {
    const cache = new UrlCache(HEADERS, 30);
    cache.set('/1', 'x'.repeat(10));
    cache.set('/2', 'x'.repeat(10));
    cache.get('/1'); // now /2 is the least recently used
    cache.set('/3', 'x'.repeat(10));
    assert.ok(cache.get('/1'), '/1 was used: kept');
    assert.equal(cache.get('/2'), undefined, '/2 dropped');
    assert.ok(cache.get('/3'));
  });

  it('does not keep an answer larger than its per-answer limit', () => {
    const cache = new UrlCache(HEADERS, 1000, 10);
    cache.set('/big', 'x'.repeat(11));
    assert.equal(cache.get('/big'), undefined);
    assert.equal(cache.size, 0);
  });
});

describe('the app fills the URL cache', () => {
  it('keeps 200 answers of lookup, search and code pages by their URL, and never errors', async () => {
    const { makeApp } = await import('./server-helpers.js');
    const urlCache = new UrlCache(HEADERS);
    const { app } = makeApp({}, { urlCache });
    for (const path of ['/api/v1/lookup?q=0x5200002e', '/api/v1/search?q=timeout', '/api/v1/codes/aws-kvs/STATUS_NULL_ARG']) {
      const res = await app.request(path);
      assert.equal(urlCache.get(path)?.body, await res.text(), path);
    }
    for (const path of ['/api/v1/lookup?q=', '/api/v1/codes/aws-kvs/NOPE', '/api/v1/lookup?q=1&vendor=nosuch']) {
      await app.request(path);
      assert.equal(urlCache.get(path), undefined, path);
    }
    await app.request('/api/v1/lookup?q=1001', { method: 'HEAD' });
    assert.equal(urlCache.get('/api/v1/lookup?q=1001'), undefined, 'HEAD');
  });
});
