import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { assertApiError, assertSecurityHeaders, makeApp } from './server-helpers.js';

const webRoot = mkdtempSync(join(tmpdir(), 'avcodes-web-'));
mkdirSync(join(webRoot, 'assets'));
const SHELL = '<!doctype html><title>avcodes</title><script type="module" src="/assets/index-abc123.js"></script>';
writeFileSync(join(webRoot, 'index.html'), SHELL);
writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log("page")');
writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
after(() => rmSync(webRoot, { recursive: true, force: true }));

const { app } = makeApp({}, { webRoot });

describe('the web page', () => {
  for (const path of ['/', '/log', '/code/aws-kvs/STATUS_STORE_OUT_OF_MEMORY', '/code/nosuch/ANYTHING', '/?q=0x5200002e']) {
    it(`serves the app shell at ${path}`, async () => {
      const res = await app.request(path);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(await res.text(), SHELL);
      assert.match(res.headers.get('cache-control') ?? '', /no-cache/);
      assertSecurityHeaders(res, path);
    });
  }

  it('serves hashed assets as immutable, with their type', async () => {
    const res = await app.request('/assets/index-abc123.js');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(res.headers.get('cache-control') ?? '', /immutable/);
    assert.equal(await res.text(), 'console.log("page")');
  });

  it('serves other files of the build and revalidates them', async () => {
    const res = await app.request('/favicon.svg');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/svg+xml');
    const again = await app.request('/favicon.svg', { headers: { 'If-None-Match': res.headers.get('etag')! } });
    assert.equal(again.status, 304);
  });

  it('answers a missing file with a JSON 404, not the shell', async () => {
    await assertApiError(await app.request('/assets/missing.js'), 404, 'not_found', 'missing asset');
    await assertApiError(await app.request('/logs'), 404, 'not_found', 'unknown page');
  });

  it('does not serve files outside the build', async () => {
    for (const path of ['/../package.json', '/assets/../../package.json', '/%2e%2e/package.json', '/assets/%2e%2e%2f%2e%2e%2fpackage.json']) {
      const res = await app.request(path);
      assert.notEqual(res.status, 200, path);
    }
  });

  it('says how to build the page when it is not built, and the API still works', async () => {
    const { app: bare } = makeApp({}, { webRoot: join(webRoot, 'nonexistent') });
    const message = await assertApiError(await bare.request('/'), 404, 'not_found', 'not built');
    assert.match(message, /build:web/);
    assert.equal((await bare.request('/healthz')).status, 200);
  });
});
