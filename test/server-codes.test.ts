import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entry } from '../src/index.js';
import { assertApiError, makeApp } from './server-helpers.js';

const { app } = makeApp();
const json = async <T>(path: string): Promise<T> => {
  const res = await app.request(path);
  assert.equal(res.status, 200, path);
  return (await res.json()) as T;
};

describe('GET /api/v1/codes', () => {
  it('lists the whole catalog without a filter', async () => {
    const body = await json<{ count: number; entries: Entry[] }>('/api/v1/codes');
    assert.equal(body.count, body.entries.length);
    assert.ok(body.count > 800, `${body.count} entries`);
  });

  it('filters by vendor, sdk, kind and category together', async () => {
    const body = await json<{ count: number; entries: Entry[] }>('/api/v1/codes?vendor=aws&sdk=kvs&kind=error&category=network');
    assert.ok(body.count > 0);
    for (const e of body.entries) {
      assert.equal(e.vendor, 'AWS', e.id);
      assert.equal(e.sdk, 'aws-kvs', e.id);
      assert.equal(e.kind, 'error', e.id);
      assert.equal(e.category, 'network', e.id);
    }
  });

  it('takes a category with a slash', async () => {
    const body = await json<{ entries: Entry[] }>('/api/v1/codes?category=storage%2Fmemory');
    assert.ok(body.entries.length > 0 && body.entries.every((e) => e.category === 'storage/memory'));
  });

  const bad: [string, string, string][] = [
    ['an unknown vendor', '/api/v1/codes?vendor=nosuch', 'unknown_filter'],
    ['an unknown sdk', '/api/v1/codes?sdk=nosuch', 'unknown_filter'],
    ['an ambiguous sdk', '/api/v1/codes?sdk=tencent', 'unknown_filter'],
    ['an unknown kind', '/api/v1/codes?kind=fatal', 'unknown_filter'],
    ['an unknown category', '/api/v1/codes?category=weather', 'unknown_filter'],
    ['an empty kind', '/api/v1/codes?kind=', 'invalid_query'],
    ['an over-long category', `/api/v1/codes?category=${'x'.repeat(100)}`, 'invalid_query'],
  ];
  for (const [what, path, code] of bad) {
    it(`answers 400 ${code} for ${what}`, async () => {
      await assertApiError(await app.request(path), 400, code, what);
    });
  }
});

describe('GET /api/v1/codes/{sdk}/{name}', () => {
  it('answers one entry with its related codes of other SDKs', async () => {
    const body = await json<{ entry: Entry; related: { score: number; terms: string[]; entry: Entry }[] }>('/api/v1/codes/tencent-lvb/PLAY_ERR_NET_DISCONNECT');
    assert.equal(body.entry.id, 'tencent-lvb/PLAY_ERR_NET_DISCONNECT');
    assert.ok(body.related.length > 0, 'has related codes');
    for (const r of body.related) assert.notEqual(r.entry.sdk, 'tencent-lvb', `${r.entry.id} is of another SDK`);
  });

  it('redirects an id with its slash escaped to the canonical URL', async () => {
    const res = await app.request('/api/v1/codes/aws-kvs%2FSTATUS_STORE_OUT_OF_MEMORY');
    assert.equal(res.status, 308);
    assert.equal(res.headers.get('location'), '/api/v1/codes/aws-kvs/STATUS_STORE_OUT_OF_MEMORY');
    const source = await app.request('/api/v1/codes/aws-kvs%2FSTATUS_NULL_ARG/source?context=1');
    assert.equal(source.headers.get('location'), '/api/v1/codes/aws-kvs/STATUS_NULL_ARG/source?context=1');
  });

  const missing: [string, string][] = [
    ['an unknown name', '/api/v1/codes/aws-kvs/NO_SUCH_CODE'],
    ['an unknown sdk', '/api/v1/codes/nosuch/STATUS_NULL_ARG'],
    ['a wrong-case name', '/api/v1/codes/aws-kvs/status_null_arg'],
    ['a path with one part', '/api/v1/codes/aws-kvs'],
    ['a path with three parts', '/api/v1/codes/aws-kvs/STATUS_NULL_ARG/extra'],
  ];
  for (const [what, path] of missing) {
    it(`answers 404 for ${what}`, async () => {
      await assertApiError(await app.request(path), 404, 'not_found', what);
    });
  }

  it('quotes the unknown id in the 404 message', async () => {
    const message = await assertApiError(await app.request('/api/v1/codes/aws-kvs/NO_SUCH_CODE'), 404, 'not_found', 'id');
    assert.match(message, /"aws-kvs\/NO_SUCH_CODE"/);
  });

  it('answers 400, not a crash, for a malformed escape in the path', async () => {
    const res = await app.request('/api/v1/codes/aws-kvs/%E0%A4%A');
    assert.ok(res.status === 400 || res.status === 404, `status ${res.status}`);
  });
});

describe('GET /api/v1/codes/{sdk}/{name}/source', () => {
  interface Excerpt {
    id: string;
    sources: { file: string; line: number; codeAsWritten: string; lines: { number: number; text: string }[] | null }[];
  }

  it('gives each cited source line with the text around it, the cited line containing the code as written', async () => {
    const body = await json<Excerpt>('/api/v1/codes/aws-kvs/STATUS_STORE_OUT_OF_MEMORY/source?context=2');
    assert.equal(body.id, 'aws-kvs/STATUS_STORE_OUT_OF_MEMORY');
    assert.ok(body.sources.length >= 2);
    for (const ref of body.sources) {
      assert.ok(ref.lines, `${ref.file} is readable`);
      assert.ok(ref.lines.length <= 5, `${ref.file}: at most 2 lines either side`);
      const cited = ref.lines.find((l) => l.number === ref.line);
      assert.ok(cited, `${ref.file}:${ref.line} is in the excerpt`);
      assert.ok(cited.text.toLowerCase().includes(ref.codeAsWritten.toLowerCase()), `${ref.file}:${ref.line} contains ${ref.codeAsWritten}`);
    }
  });

  it('defaults to 3 lines of context and allows 0', async () => {
    const three = await json<Excerpt>('/api/v1/codes/aws-kvs/STATUS_NULL_ARG/source');
    const zero = await json<Excerpt>('/api/v1/codes/aws-kvs/STATUS_NULL_ARG/source?context=0');
    assert.ok(three.sources[0]!.lines!.length > 1);
    assert.equal(zero.sources[0]!.lines!.length, 1);
  });

  it('says null when the source files are not on the server', async () => {
    const { app: bare } = makeApp({}, { sourcesRoot: '/nonexistent' });
    const res = await bare.request('/api/v1/codes/aws-kvs/STATUS_NULL_ARG/source');
    assert.equal(res.status, 200);
    const body = (await res.json()) as Excerpt;
    assert.ok(body.sources.every((s) => s.lines === null));
  });

  for (const [what, path, status] of [
    ['context 21', '/api/v1/codes/aws-kvs/STATUS_NULL_ARG/source?context=21', 400],
    ['context -1', '/api/v1/codes/aws-kvs/STATUS_NULL_ARG/source?context=-1', 400],
    ['context not a number', '/api/v1/codes/aws-kvs/STATUS_NULL_ARG/source?context=all', 400],
    ['an unknown id', '/api/v1/codes/aws-kvs/NO_SUCH_CODE/source', 404],
  ] as const) {
    it(`answers ${status} for ${what}`, async () => {
      await assertApiError(await app.request(path), status, status === 404 ? 'not_found' : 'invalid_query', what);
    });
  }
});
