import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { App } from './app.js';
import { JSON_HEADERS } from './security.js';
import type { UrlCache } from './url-cache.js';

export interface ListenOptions {
  host: string;
  port: number;
  /** The cache the app fills (AppOptions.urlCache): repeated GETs are answered from it directly. */
  urlCache?: UrlCache | null;
}

export interface RunningServer {
  /** `http://host:port/` with the port actually bound (useful with port 0). */
  url: string;
  port: number;
  /**
   * Stops accepting connections, lets requests in flight finish, closes idle keep-alive
   * connections at once and, after `graceMs`, any connection still open.
   */
  close(graceMs?: number): Promise<void>;
}

const INTERNAL_ERROR = '{"error":{"code":"internal","message":"the server failed to answer this request"}}';

/** Puts the app on the network. Resolves once the port is bound; rejects if it cannot be. */
export function listen(app: App, options: ListenOptions): Promise<RunningServer> {
  const handle = getRequestListener(app.fetch, {
    // Only reached if writing the response itself fails (the app's own errors are already JSON).
    errorHandler: () => new Response(INTERNAL_ERROR, { status: 500, headers: JSON_HEADERS }),
  });
  const cache = options.urlCache ?? null;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // A GET without a body whose exact URL the app has answered before: the same answer, without
    // routing, validation or computing it again. Everything else goes through the app.
    if (cache && req.method === 'GET' && req.url !== undefined && req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
      const hit = cache.get(req.url);
      if (hit) {
        res.writeHead(200, hit.headers);
        res.end(hit.body);
        return;
      }
    }
    void handle(req, res);
  });
  // Bound how long a slow or stalled client can hold a connection.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = 5_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({ url: `http://${host}:${port}/`, port, close: (graceMs = 10_000) => close(server, graceMs) });
    });
  });
}

function close(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
