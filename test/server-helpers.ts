// Shared by the test/server-*.test.ts files: an app built in-process, with the real library over
// the built catalog unless a test replaces a dependency.
import assert from 'node:assert/strict';
import { createApp, type AppOptions } from '../src/server/app.js';
import type { ServerDeps } from '../src/server/deps.js';
import { libraryDeps } from '../src/server/library-deps.js';
import { defaultSourcesRoot } from '../src/server/paths.js';

let real: ServerDeps | null = null;

export function realDeps(): ServerDeps {
  return (real ??= libraryDeps());
}

export function makeApp(overrides: Partial<ServerDeps> = {}, options: Partial<AppOptions> = {}) {
  const logged: string[] = [];
  const app = createApp(
    { ...realDeps(), ...overrides },
    { sourcesRoot: defaultSourcesRoot(), webRoot: null, log: (m) => logged.push(m), ...options },
  );
  return { app, logged };
}

export interface ErrorBody {
  error: { code: string; message: string };
}

/** Asserts the response is the API's JSON error with this status and code, and returns its message. */
export async function assertApiError(res: Response, status: number, code: string, what: string): Promise<string> {
  assert.equal(res.status, status, `${what}: status`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/, `${what}: content type`);
  const body = (await res.json()) as ErrorBody;
  assert.equal(body.error.code, code, `${what}: error code`);
  assert.equal(typeof body.error.message, 'string', `${what}: message`);
  assert.ok(body.error.message.length > 0, `${what}: message is not empty`);
  assert.doesNotMatch(body.error.message, /\n\s+at /, `${what}: no stack trace`);
  return body.error.message;
}

/** The headers every response carries, whatever its route or status. */
export function assertSecurityHeaders(res: Response, what: string): void {
  const csp = res.headers.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'none'/, `${what}: CSP default-src`);
  assert.match(csp, /script-src 'self'(;|$)/, `${what}: CSP allows scripts only from the page's origin`);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, `${what}: CSP has no unsafe-*`);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${what}: nosniff`);
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer', `${what}: Referrer-Policy`);
  assert.equal(res.headers.get('x-frame-options'), 'DENY', `${what}: X-Frame-Options`);
}
