import type { MiddlewareHandler } from 'hono';

/**
 * The page is built without inline script or style, so the policy can forbid both; Trusted Types
 * make any `innerHTML = string` in the page throw, a second guard (after using textContent
 * everywhere) against rendering a pasted log as HTML. The static site (dist/site) carries the same
 * policy in a <meta> tag (vite.config.ts).
 */
export const CONTENT_SECURITY_POLICY: [string, string][] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  // The page scans logs in a worker of its own (and the static site keeps itself offline with a service worker).
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
  ['require-trusted-types-for', "'script'"],
  // One policy, which only turns the page's own worker script into a TrustedScriptURL (src/web/engine/trusted-urls.ts).
  ['trusted-types', 'avcodes-worker'],
];

/**
 * Headers on every response, API and page alike, computed once. (No Strict-Transport-Security:
 * avcodes is typically served over plain HTTP on an internal host; HSTS belongs to a TLS proxy.)
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY.map(([k, v]) => `${k} ${v}`).join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
});

const ENTRIES = Object.entries(SECURITY_HEADERS);

/** Responses created with the security headers already in place: the middleware leaves them alone. */
const secured = new WeakSet<Response>();

/**
 * A response with the security headers given at construction, as one plain object. On Node this
 * is the fast path of @hono/node-server (no Headers object, headers written as they are); the
 * busy routes answer this way.
 */
export function securedResponse(body: string | Uint8Array<ArrayBuffer> | null, status: number, headers: Record<string, string>): Response {
  const prepared = headers === JSON_HEADERS || headers === PUBLIC_JSON_HEADERS;
  const res = new Response(body, { status, headers: prepared ? headers : { ...SECURITY_HEADERS, ...headers } });
  secured.add(res);
  if (headers === PUBLIC_JSON_HEADERS) opened.add(res);
  return res;
}

/** Responses created with the cross-origin headers already in place. */
const opened = new WeakSet<Response>();

export function isOpenedResponse(res: Response): boolean {
  return opened.has(res);
}

/** Adds the security headers to every response that was not built with them (errors, redirects, …). */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (secured.has(res)) return;
    for (const [name, value] of ENTRIES) res.headers.set(name, value);
  };
}

/** The headers of every JSON answer. */
export const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({ ...SECURITY_HEADERS, 'Content-Type': 'application/json' });

/**
 * The read-only GET API is public data: any web page may read it (no credentials are involved),
 * and its resources may be embedded cross-origin.
 */
export const CROSS_ORIGIN_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
});

/** The headers of a JSON answer of the GET API. */
export const PUBLIC_JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({ ...JSON_HEADERS, ...CROSS_ORIGIN_HEADERS });
