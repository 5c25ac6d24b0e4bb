import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { App } from './app.js';
import { ConnectionDrain, type CutAnswer } from './drain.js';
import { answerKey, type AnswerCache } from './answer-cache.js';
import { errorBody, requestId } from './errors.js';
import { JSON_HEADERS } from './security.js';
import { answerClientError, unroutableReason, writeError } from './wire-errors.js';

export interface ListenOptions {
  host: string;
  port: number;
  /** The cache the app fills (AppOptions.answerCache): repeated GETs are answered from it directly. */
  answerCache?: AnswerCache | null;
  /** Where unexpected errors are reported (stderr by default). */
  log?: (message: string) => void;
}

export interface RunningServer {
  /** `http://host:port/` with the port actually bound (useful with port 0). */
  url: string;
  port: number;
  /**
   * Stops accepting connections, closes idle keep-alive connections at once, lets every request in
   * progress finish and its answer be written to the last byte; after `graceMs` destroys whatever
   * is left. Resolves with the answers that were cut off (empty when everything completed).
   */
  close(graceMs?: number): Promise<CutAnswer[]>;
}

/** Puts the app on the network. Resolves once the port is bound; rejects if it cannot be. */
export function listen(app: App, options: ListenOptions): Promise<RunningServer> {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const handle = getRequestListener(app.fetch, {
    // Only reached if the app itself fails to produce a response (its own errors are already JSON).
    errorHandler: (err) => {
      const id = requestId();
      log(`avcodes serve: request ${id}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return new Response(JSON.stringify(errorBody('internal', `the server failed to answer this request (request id ${id})`)), { status: 500, headers: JSON_HEADERS });
    },
  });
  const cache = options.answerCache ?? null;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    drain.track(req, res);
    // The app builds a URL from Host and the request-target: a request without a usable one is
    // answered here, as the client's mistake, before the app could fail on it.
    const unroutable = unroutableReason(req);
    if (unroutable) {
      writeError(res, 400, 'bad_request', unroutable, { Connection: 'close' });
      return;
    }
    // A GET without a body whose meaning the app has answered before: the same answer, without
    // routing, validation or computing it again. Everything else goes through the app.
    if (cache && req.method === 'GET' && req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
      const key = answerKey(req.url!);
      const hit = key === null ? undefined : cache.get(key);
      if (hit) {
        res.writeHead(200, hit.headers);
        res.end(hit.body);
        return;
      }
    }
    void handle(req, res);
  });
  const drain = new ConnectionDrain(server);
  server.on('clientError', answerClientError);
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
      resolve({ url: `http://${host}:${port}/`, port, close: (graceMs = 10_000) => drain.close(graceMs) });
    });
  });
}
