import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertApiError, assertSecurityHeaders, makeApp } from './server-helpers.js';

const { app } = makeApp();

describe('GET /healthz', () => {
  it('says ok with the number of codes loaded, never cached', async () => {
    const res = await app.request('/healthz');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { status: string; entries: number; formatVersion: number };
    assert.equal(body.status, 'ok');
    assert.ok(body.entries > 800);
    assert.equal(body.formatVersion, 1);
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });
});

describe('GET /openapi.json', () => {
  interface Doc {
    openapi: string;
    info: { title: string; version: string; description: string };
    paths: Record<string, Record<string, { parameters?: { name: string; in: string; required?: boolean }[]; responses: Record<string, unknown>; requestBody?: { content: Record<string, unknown> } }>>;
    components: { schemas: Record<string, unknown> };
  }

  it('is an OpenAPI 3.1 document of every API route, generated from the route schemas', async () => {
    const res = await app.request('/openapi.json');
    assert.equal(res.status, 200);
    const doc = (await res.json()) as Doc;
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.info.title, 'avcodes');
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    for (const route of [
      'GET /healthz',
      'GET /api/v1/lookup',
      'GET /api/v1/search',
      'GET /api/v1/codes',
      'GET /api/v1/codes/{sdk}/{name}',
      'GET /api/v1/codes/{sdk}/{name}/source',
      'POST /api/v1/scan',
      'GET /api/v1/catalog.json',
      'GET /api/v1/catalog.csv',
    ]) {
      assert.ok(routes.includes(route), `documents ${route}`);
    }
    assert.ok(doc.components.schemas.Entry, 'the Entry schema');
    assert.ok(doc.components.schemas.Error, 'the Error schema');
  });

  it('documents the parameters the routes validate, and the limits', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as Doc;
    const lookup = doc.paths['/api/v1/lookup']!.get!;
    const q = lookup.parameters?.find((p) => p.name === 'q');
    assert.ok(q && q.in === 'query' && q.required, 'q is a required query parameter');
    assert.ok(lookup.responses['400'], 'lookup documents its 400');
    assert.ok(doc.paths['/api/v1/codes/{sdk}/{name}']!.get!.responses['404'], 'get documents its 404');
    const scan = doc.paths['/api/v1/scan']!.post!;
    assert.ok(scan.requestBody?.content['text/plain'] && scan.requestBody.content['application/gzip']);
    assert.ok(scan.responses['413'] && scan.responses['415']);
    assert.match(doc.info.description, /10485760 bytes/);
  });

  it('revalidates with its ETag', async () => {
    const etag = (await app.request('/openapi.json')).headers.get('etag')!;
    assert.equal((await app.request('/openapi.json', { headers: { 'If-None-Match': etag } })).status, 304);
  });
});

describe('errors and headers', () => {
  it('puts the security headers on every kind of response', async () => {
    const cases: [string, Promise<Response>][] = [
      ['200 API', app.request('/api/v1/lookup?q=1')],
      ['400', app.request('/api/v1/lookup')],
      ['404 route', app.request('/no/such/route')],
      ['404 code', app.request('/api/v1/codes/aws-kvs/NOPE')],
      ['405', app.request('/api/v1/lookup', { method: 'DELETE' })],
      ['413', app.request('/api/v1/scan', { method: 'POST', body: 'x', headers: { 'Content-Length': String(11 * 1024 * 1024) } })],
      ['304', app.request('/api/v1/catalog.csv', { headers: { 'If-None-Match': '*' } })],
      ['page not built', app.request('/')],
    ];
    for (const [what, pending] of cases) assertSecurityHeaders(await pending, what);
  });

  it('answers an unknown API path with a JSON 404, and any other unknown path with an HTML one', async () => {
    await assertApiError(await app.request('/api/v2/lookup?q=1'), 404, 'not_found', '/api/v2');
    const page = await app.request('/../../etc/passwd');
    assert.equal(page.status, 404, 'traversal');
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/, 'traversal');
  });

  it('answers a known path with the wrong method with 405 and Allow', async () => {
    for (const [method, path, allow] of [
      ['POST', '/api/v1/lookup?q=1', 'GET'],
      ['PUT', '/api/v1/codes', 'GET'],
      ['GET', '/api/v1/scan', 'POST'],
      ['DELETE', '/api/v1/codes/aws-kvs/STATUS_NULL_ARG', 'GET'],
    ] as const) {
      const res = await app.request(path, { method });
      await assertApiError(res, 405, 'method_not_allowed', `${method} ${path}`);
      assert.match(res.headers.get('allow') ?? '', new RegExp(allow), `${method} ${path}: Allow`);
    }
  });

  it('answers 413 to any request that declares a body over the limit', async () => {
    const { app: small } = makeApp({}, { maxBodyBytes: 100 });
    const res = await small.request('/api/v1/lookup?q=1', { method: 'GET', headers: { 'Content-Length': '101' } });
    await assertApiError(res, 413, 'payload_too_large', 'declared');
  });

  it('answers a failure inside a dependency with a generic 500 without the stack, logs it, and keeps serving', async () => {
    const { app: failing, logged } = makeApp({
      lookup: () => {
        throw new Error('secret internal detail');
      },
    });
    const res = await failing.request('/api/v1/lookup?q=1');
    const message = await assertApiError(res, 500, 'internal', 'dependency failure');
    assert.doesNotMatch(message, /secret/);
    assertSecurityHeaders(res, '500');
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /secret internal detail/);
    assert.equal((await failing.request('/healthz')).status, 200, 'still serving');
  });
});
