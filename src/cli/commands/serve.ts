import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { createApp, MEGABYTE } from '../../server/app.js';
import { libraryDeps } from '../../server/library-deps.js';
import { listen } from '../../server/listen.js';
import { defaultSourcesRoot, defaultWebRoot } from '../../server/paths.js';
import { PUBLIC_JSON_HEADERS } from '../../server/security.js';
import { AnswerCache } from '../../server/answer-cache.js';
import { UsageError } from '../exit.js';

const HELP = `Usage: avcodes serve [--host 127.0.0.1] [--port 8080] [--max-body-mb 10] [--scan-threads n] [--cors-origin <origin>]

Serves the web page and the HTTP API with the built-in catalog.

Options:
  --host <address>     interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --port <n>           port (default: $PORT, else 8080; 0 picks a free port)
  --max-body-mb <n>    largest request body accepted, in MB (default 10); a posted gzip log may
                       expand to 10 times this
  --cors-origin <url>  a web origin (https://tools.example.com) whose pages may POST logs to
                       /api/v1/scan; repeat for more. Other cross-site browser posts get 403.
                       The GET API is open to every origin.
  --scan-threads <n>   logs scanned at once, each on its own thread (default: the number of
                       cores); as many more may wait, others get 503 with Retry-After
  -h, --help           this help

The API is described at /openapi.json. SIGTERM or SIGINT (Ctrl-C) stops accepting, writes
every answer in progress to the end (at most 10 s, then cuts them and exits 1); a second signal
closes every connection at once.

Examples:
  avcodes serve
  PORT=3000 avcodes serve --host 0.0.0.0
  curl 'http://127.0.0.1:8080/api/v1/lookup?q=0x5200002e'
  curl --data-binary @device.log -H 'Content-Type: text/plain' http://127.0.0.1:8080/api/v1/scan
`;

/** How long a shutdown waits for answers in progress before cutting them off. */
const GRACE_MS = 10_000;

function integer(text: string, what: string, min: number, max: number): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`${what} must be a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`);
  }
  return Number(text);
}

/** A web origin as browsers send it in `Origin`: scheme://host[:port], nothing more. */
function origin(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--cors-origin must be an origin such as https://tools.example.com, not ${JSON.stringify(text)}`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== text.replace(/\/$/, '')) {
    throw new UsageError(`--cors-origin must be an origin such as https://tools.example.com (scheme, host and port only), not ${JSON.stringify(text)}`);
  }
  return url.origin;
}

/** One scan thread per core: scanning is CPU-bound, and more threads would only share the cores. */
function defaultScanThreads(): number {
  return availableParallelism();
}

interface ServeArgs {
  host: string;
  port: number;
  maxBodyBytes: number;
  corsOrigins: string[];
  scanThreads: number;
  help: boolean;
}

function parse(argv: string[], env: NodeJS.ProcessEnv): ServeArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        host: { type: 'string' },
        port: { type: 'string', short: 'p' },
        'max-body-mb': { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        'scan-threads': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const portText = values.port ?? env.PORT ?? '8080';
  return {
    host: values.host ?? '127.0.0.1',
    port: integer(portText, values.port === undefined && env.PORT !== undefined ? 'PORT' : '--port', 0, 65535),
    maxBodyBytes: integer(values['max-body-mb'] ?? '10', '--max-body-mb', 1, 1024) * MEGABYTE,
    corsOrigins: (values['cors-origin'] ?? []).map(origin),
    scanThreads: values['scan-threads'] === undefined ? defaultScanThreads() : integer(values['scan-threads'], '--scan-threads', 1, 256),
    help: values.help ?? false,
  };
}

/** `avcodes serve`: resolves with the exit code once the server has shut down after a signal. */
export async function run(argv: string[]): Promise<number> {
  let args: ServeArgs;
  try {
    args = parse(argv, process.env);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`avcodes serve: ${err.message}\n(see avcodes serve --help)\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }

  const threads = args.scanThreads;
  const deps = libraryDeps(undefined, { scanThreads: threads });
  const answerCache = new AnswerCache(PUBLIC_JSON_HEADERS);
  const app = createApp(deps, {
    maxBodyBytes: args.maxBodyBytes,
    maxLogBytes: args.maxBodyBytes * 10,
    sourcesRoot: defaultSourcesRoot(),
    webRoot: defaultWebRoot(),
    answerCache,
    scanConcurrency: threads,
    corsOrigins: args.corsOrigins,
  });

  let server;
  try {
    server = await listen(app, { host: args.host, port: args.port, answerCache });
  } catch (err) {
    const code = (err as { code?: string }).code;
    const why = code === 'EADDRINUSE' ? 'the port is in use' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    process.stderr.write(`avcodes serve: cannot listen on ${args.host}:${args.port}: ${why}\n`);
    return 2;
  }
  // Tests and scripts read the bound address (port 0) from this line.
  process.stdout.write(`avcodes: serving ${deps.catalog.entries.length} codes on ${server.url}\n`);

  const running = server;
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        // A second Ctrl-C does not wait for slow clients.
        process.stderr.write(`avcodes: ${signal} again, closing every connection\n`);
        void running.close(0);
        return;
      }
      stopping = true;
      process.stderr.write(`avcodes: ${signal}, finishing requests in flight (at most ${GRACE_MS / 1000} s)\n`);
      void running.close(GRACE_MS).then((cut) => {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        for (const c of cut) {
          const of = c.contentLength === null ? '' : ` of ${c.contentLength}`;
          process.stderr.write(`avcodes: cut off ${c.method} ${c.url} (${c.status}): ${c.bytesWritten}${of} bytes written on its connection\n`);
        }
        // Exit 0 only when every answer was written out.
        resolve(cut.length === 0 ? 0 : 1);
      });
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}
