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
  for (const path of ['/', '/log', '/code/aws-kvs/STATUS_STORE_OUT_OF_MEMORY', '/code/aws-kvs%2FSTATUS_STORE_OUT_OF_MEMORY', '/?q=0x5200002e']) {
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

  it('answers the page of a code the catalog does not have with 404 and the shell, which says "No such code"', async () => {
    for (const path of ['/code/nosuch/ANYTHING', '/code/aws-kvs/STATUS_NO_SUCH_THING', '/code/', '/code/aws-kvs']) {
      const res = await app.request(path);
      assert.equal(res.status, 404, path);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/, path);
      assert.equal(await res.text(), SHELL, path);
      assertSecurityHeaders(res, path);
    }
  });

  it('answers an unknown page or a missing file with an HTML 404 page, not JSON and not the shell', async () => {
    for (const path of ['/logs', '/assets/missing.js', '/<script>x</script>']) {
      const res = await app.request(path);
      assert.equal(res.status, 404, path);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/, path);
      const html = await res.text();
      assert.match(html, /<h1>Not found<\/h1>/, path);
      assert.doesNotMatch(html, /<script/, `${path}: the path is escaped`);
      assertSecurityHeaders(res, path);
    }
  });

  it('keeps JSON 404s for unknown API paths and for methods other than GET', async () => {
    await assertApiError(await app.request('/api/v1/nothing'), 404, 'not_found', '/api/v1/nothing');
    await assertApiError(await app.request('/api/v2/lookup?q=1'), 404, 'not_found', '/api/v2/lookup');
    await assertApiError(await app.request('/logs', { method: 'DELETE' }), 404, 'not_found', 'DELETE /logs');
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

describe("the page's timeline", async () => {
  const { parseTimestamp, timelineData } = await import('../src/web/timeline.js');
  const finding = (line: number, timestamp: string | null, id = 'x/A') =>
    ({ line, column: 1, text: '1', timestamp, entry: { id, sdk: 'x', name: id.split('/')[1]!, hex: '0x1', value: '1', kind: 'error', summary: '', documented: true }, alternatives: [], confidence: 1, structure: null }) as const;

  const stamps: [string, number | null][] = [
    ['2021-08-12 10:23:45.120', Date.UTC(2021, 7, 12, 10, 23, 45, 120)],
    ['2021-08-12T10:23:45Z', Date.UTC(2021, 7, 12, 10, 23, 45)],
    ['08-12 10:23:45.120', Date.UTC(2000, 7, 12, 10, 23, 45, 120)],
    ['[10:23:45]', (10 * 3600 + 23 * 60 + 45) * 1000],
    ['2021/08/12 10:23:45,5', Date.UTC(2021, 7, 12, 10, 23, 45, 500)],
    ['1628763825', 1628763825000],
    ['1628763825123', 1628763825123],
    ['yesterday', null],
  ];
  for (const [text, ms] of stamps) {
    it(`reads the timestamp ${text}`, () => {
      assert.equal(parseTimestamp(text)?.ms ?? null, ms, text);
    });
  }

  it('places findings by timestamp, carrying the last one over lines without, and past midnight', () => {
    const data = timelineData([finding(1, '23:59:58'), finding(2, null), finding(3, '00:00:01')]);
    assert.equal(data.axis, 'time');
    const xs = data.rows[0]!.points.map((p) => p.x);
    assert.deepEqual(xs, [86398000, 86398000, 86401000]);
  });

  it('places findings by line when no line has a timestamp, one row per code in order of appearance', () => {
    const data = timelineData([finding(7, null, 'x/B'), finding(3, null, 'x/A'), finding(9, null, 'x/B')]);
    assert.equal(data.axis, 'line');
    assert.deepEqual(data.rows.map((r) => r.label), ['A', 'B']);
    assert.deepEqual([data.min, data.max], [3, 9]);
  });

  it('folds the rarest codes into one row past twelve', () => {
    const many = Array.from({ length: 20 }, (_, i) => finding(i + 1, null, `x/C${i}`));
    const data = timelineData(many);
    assert.equal(data.rows.length, 12);
    assert.equal(data.folded, 9);
    assert.equal(data.rows.reduce((n, r) => n + r.points.length, 0), 20, 'every finding is drawn');
  });
});
