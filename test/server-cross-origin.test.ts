// Cross-origin policy: the read-only GET API is open to every origin; a POST from another site's
// page is refused unless its origin was allowed with --cors-origin.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertApiError, assertSecurityHeaders, makeApp } from './server-helpers.js';

const { app } = makeApp();
const { app: allowing } = makeApp({}, { corsOrigins: ['https://tools.example.com'] });
const LOG = 'PutFrame failed with status code: 0x5200002e\n';
const scan = (a: typeof app, headers: Record<string, string>) =>
  a.request('http://avcodes.internal:8080/api/v1/scan', { method: 'POST', body: LOG, headers: { 'Content-Type': 'text/plain', Host: 'avcodes.internal:8080', ...headers } });

describe('cross-origin requests', () => {
  for (const path of ['/api/v1/lookup?q=0x5200002e', '/api/v1/search?q=timeout', '/api/v1/codes/aws-kvs/STATUS_STORE_OUT_OF_MEMORY', '/api/v1/codes?sdk=kvs', '/api/v1/catalog.json', '/api/v1/lookup?q=', '/openapi.json']) {
    it(`lets any origin read GET ${path}`, async () => {
      const res = await app.request(path, { headers: { Origin: 'https://elsewhere.example' } });
      assert.equal(res.headers.get('access-control-allow-origin'), '*', `${path}: ACAO`);
      assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin', `${path}: CORP`);
      assertSecurityHeaders(res, path);
    });
  }

  it('keeps the page same-origin', async () => {
    const res = await app.request('/healthz');
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    assert.equal(res.headers.get('cross-origin-resource-policy'), 'same-origin');
  });

  const refused: [string, Record<string, string>][] = [
    ['another origin', { Origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (another port or subdomain)', { 'Sec-Fetch-Site': 'same-site', Origin: 'http://avcodes.internal:9090' }],
    ['Origin: null (a sandboxed page)', { Origin: 'null' }],
  ];
  for (const [what, headers] of refused) {
    it(`refuses a POST scan from ${what} with 403`, async () => {
      const res = await scan(app, headers);
      assertSecurityHeaders(res, what);
      await assertApiError(res, 403, 'forbidden', what);
    });
  }

  const accepted: [string, Record<string, string>][] = [
    ['the server’s own page', { Origin: 'http://avcodes.internal:8080', 'Sec-Fetch-Site': 'same-origin' }],
    ['curl (no Origin, no Sec-Fetch-Site)', {}],
    ['a typed URL or bookmark (Sec-Fetch-Site: none)', { 'Sec-Fetch-Site': 'none' }],
  ];
  for (const [what, headers] of accepted) {
    it(`accepts a POST scan from ${what}`, async () => {
      assert.equal((await scan(app, headers)).status, 200, what);
    });
  }

  it('accepts a POST scan from an origin allowed with --cors-origin, and lets it read the answer', async () => {
    const res = await scan(allowing, { Origin: 'https://tools.example.com', 'Sec-Fetch-Site': 'cross-site' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://tools.example.com');
    assert.match(res.headers.get('vary') ?? '', /Origin/);
    await assertApiError(await scan(allowing, { Origin: 'https://other.example.com' }), 403, 'forbidden', 'another origin');
  });

  it('answers the preflight of an allowed origin, and of any GET, but not of another origin’s POST', async () => {
    const preflight = (a: typeof app, origin: string, method: string) =>
      a.request('/api/v1/scan', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type' } });
    const ok = await preflight(allowing, 'https://tools.example.com', 'POST');
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://tools.example.com');
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /Content-Type/);
    assert.equal((await preflight(app, 'https://evil.example', 'GET')).status, 204);
    await assertApiError(await preflight(app, 'https://evil.example', 'POST'), 403, 'forbidden', 'preflight');
  });
});
