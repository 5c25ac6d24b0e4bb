import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from './errors.js';
import { CROSS_ORIGIN_HEADERS, isOpenedResponse, JSON_HEADERS, securedResponse } from './security.js';

// Answered before any other middleware runs, so built with the security headers in place.
const forbidden = (message: string) => securedResponse(JSON.stringify(errorBody('forbidden', message)), 403, JSON_HEADERS);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The read-only part of the server that any origin may read: the API's GETs and its description. */
function isPublicRead(c: Context): boolean {
  return (c.req.method === 'GET' || c.req.method === 'HEAD') && (c.req.path.startsWith('/api/') || c.req.path === '/openapi.json');
}

/** True when the `Origin` a browser sent names this server (same host and port as the request's Host). */
function isOwnOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase();
  } catch {
    return false; // "null" (a sandboxed page, a file:) or garbage
  }
}

/**
 * Cross-origin policy. The GET API answers `Access-Control-Allow-Origin: *`. A request that changes
 * or costs something (POST a scan) coming from another site's page is refused with 403: browsers
 * say where a request comes from in `Sec-Fetch-Site` and `Origin`, and a page elsewhere could
 * otherwise make its visitors' browsers post logs to a server on their network. Origins given
 * with `--cors-origin` may post, and read the answer.
 */
export function crossOrigin(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const method = c.req.method;

    // A preflight: answered here, never routed.
    const preflight = method === 'OPTIONS' ? c.req.header('access-control-request-method')?.toUpperCase() : undefined;
    if (preflight !== undefined && c.req.path.startsWith('/api/')) {
      if (preflight === 'GET' || preflight === 'HEAD') {
        return securedResponse(null, 204, { ...CROSS_ORIGIN_HEADERS, 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Max-Age': '600' });
      }
      if (origin !== undefined && allowed.has(origin)) {
        return securedResponse(null, 204, {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': 'Content-Type, Content-Encoding',
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        });
      }
      return forbidden(`cross-origin ${preflight.slice(0, 20)} requests are not allowed from ${(origin ?? 'an unknown origin').slice(0, 100)}; start the server with --cors-origin to allow one`);
    }

    const corsOrigin = origin !== undefined && allowed.has(origin) ? origin : null;
    if (!SAFE_METHODS.has(method) && corsOrigin === null) {
      const site = c.req.header('sec-fetch-site');
      const crossSite = (site !== undefined && site !== 'same-origin' && site !== 'none') || (origin !== undefined && !isOwnOrigin(origin, c.req.header('host')));
      if (crossSite) {
        return forbidden(`${method} from another site (${(origin ?? site ?? '').slice(0, 100)}) is refused; start the server with --cors-origin <origin> to allow that page`);
      }
    }

    await next();

    if (corsOrigin !== null && !SAFE_METHODS.has(method)) {
      c.res.headers.set('Access-Control-Allow-Origin', corsOrigin);
      c.res.headers.append('Vary', 'Origin');
    } else if (isPublicRead(c) && !isOpenedResponse(c.res)) {
      for (const [name, value] of Object.entries(CROSS_ORIGIN_HEADERS)) c.res.headers.set(name, value);
    }
  };
}
