import { availableParallelism } from 'node:os';
import type { HttpBindings } from '@hono/node-server';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ServerDeps } from './deps.js';
import { ApiError, errorResponse, handleError } from './errors.js';
import { openApiRoute } from './routes/openapi.js';
import { healthRoutes } from './routes/health.js';
import { catalogRoutes } from './routes/catalog.js';
import { lookupRoutes } from './routes/lookup.js';
import { searchRoutes } from './routes/search.js';
import { codeRoutes } from './routes/codes.js';
import { scanRoutes } from './routes/scan.js';
import { notFound, pageRoutes } from './routes/page.js';
import { crossOrigin } from './cross-origin.js';
import { ScanGate } from './scan-gate.js';
import { sdkRoutes } from './routes/sdks.js';
import { securityHeaders } from './security.js';
import type { AnswerCache } from './answer-cache.js';
import { validationHook } from './validation.js';

export const MEGABYTE = 1024 * 1024;

export interface AppOptions {
  /** Largest request body accepted, in bytes (413 above). Default 10 MB. */
  maxBodyBytes?: number;
  /** Largest log after gzip decompression, in bytes (413 above). Default 100 MB. */
  maxLogBytes?: number;
  /** The package root holding `sources/`, for the source text around a cited line. */
  sourcesRoot: string;
  /** The built page (dist/web); null or a missing directory serves the API alone. */
  webRoot: string | null;
  /** Keeps the answers of the URL-pure JSON routes for the listener to serve repeated requests. */
  answerCache?: AnswerCache | null;
  /** Scans run at once (default: the number of cores); with `scanQueue` waiting, others get 503. */
  scanConcurrency?: number;
  /** Scans that may wait for a turn (default: as many as run at once). */
  scanQueue?: number;
  /** Origins (scheme://host:port) whose pages may POST a scan; other cross-site browser requests get 403. */
  corsOrigins?: readonly string[];
  /** Where unexpected errors are reported; the client only ever sees a generic message. */
  log?: (message: string) => void;
}

export type App = OpenAPIHono;

/**
 * Builds the whole application from its dependencies. Nothing here opens a port, so tests call
 * `app.request(...)` in-process; `listen.ts` puts it on the network.
 */
export function createApp(deps: ServerDeps, options: AppOptions): App {
  const maxBodyBytes = options.maxBodyBytes ?? 10 * MEGABYTE;
  const maxLogBytes = options.maxLogBytes ?? 100 * MEGABYTE;
  const app = new OpenAPIHono({ defaultHook: validationHook });

  // Registered first so that its headers are set last, over the same-origin defaults.
  app.use('*', crossOrigin(options.corsOrigins ?? []));
  app.use('*', securityHeaders());
  // Refuse a declared-oversized body before any route reads it; the scan route also counts the
  // bytes as they stream in, which covers chunked bodies without a Content-Length.
  app.use('*', async (c, next) => {
    const declared = declaredLength(c);
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
      throw new ApiError(413, 'payload_too_large', `the request body is larger than the limit of ${maxBodyBytes} bytes`);
    }
    await next();
  });

  healthRoutes(app, deps);
  const answerCache = options.answerCache ?? null;
  lookupRoutes(app, deps, answerCache);
  searchRoutes(app, deps, answerCache);
  codeRoutes(app, deps, options.sourcesRoot, answerCache);
  const scanConcurrency = options.scanConcurrency ?? availableParallelism();
  scanRoutes(app, deps, { maxBodyBytes, maxLogBytes }, new ScanGate(scanConcurrency, options.scanQueue ?? scanConcurrency));
  catalogRoutes(app, deps);
  sdkRoutes(app, deps);
  openApiRoute(app, { maxBodyBytes, maxLogBytes });
  pageRoutes(app, options.webRoot, (id) => deps.get(id) !== undefined);
  methodNotAllowed(app);

  app.notFound(notFound);
  app.onError((err, c) => handleError(err, c, options.log));
  return app;
}

/**
 * The request's Content-Length, NaN when it has none. On Node it is read from the raw request:
 * asking the Fetch Request for a header would build a Headers object on every request.
 */
function declaredLength(c: Context): number {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  const value = incoming ? incoming.headers['content-length'] : c.req.header('content-length');
  return value === undefined ? NaN : Number(value);
}

/** A known path asked with a method it does not answer gets 405 and `Allow`, not a misleading 404. */
function methodNotAllowed(app: App): void {
  const allowed = new Map<string, Set<string>>();
  for (const r of app.routes) {
    if (r.method === 'ALL' || r.path === '*' || r.path.endsWith('/*')) continue;
    const methods = allowed.get(r.path) ?? new Set<string>();
    methods.add(r.method);
    if (r.method === 'GET') methods.add('HEAD');
    allowed.set(r.path, methods);
  }
  for (const [path, methods] of allowed) {
    const allow = [...methods].sort().join(', ');
    app.all(path, (c) => {
      c.header('Allow', allow);
      return errorResponse(c, 405, 'method_not_allowed', `${c.req.method} is not allowed here; use ${allow}`);
    });
  }
}
