/**
 * Load test of `avcodes serve`: lookups per second through the real server, next to a bare
 * `node:http` server answering a constant JSON of about the same size, in the same run on the same
 * machine, so the ratio means something anywhere. Targets: lookups at least 70% of the bare
 * server's rate, and no errors.
 *
 *   npm run build && node --import tsx bench/serve.ts [seconds per target]     (default 10)
 *
 * Three targets, each in its own server process as in production, driven by autocannon from this
 * process over 127.0.0.1 with the same connections:
 *   - lookups of popular codes: a handful of queries (every notation, an ambiguous number, a
 *     misprint, an unknown code) asked again and again, as a team's traffic is; after the first
 *     answer, the server answers a repeated URL from its URL cache;
 *   - lookups that are all different: every request carries a distinct (ignored) parameter, so
 *     each one goes through routing, validation, the lookup and serialisation: the worst case;
 *   - the bare node:http server.
 * The time is cut into short slices taken in turn (A B C A B C …), so a change in the machine's
 * background load during the run hits every target alike; rates are totals over the slices.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const seconds = Math.max(2, Number(process.argv[2] ?? 10));
const CONNECTIONS = 16;
const SLICE_SECONDS = 2;
const WARMUP_SECONDS = 2;
const TARGET_RATIO = 0.7;
const QUERIES = ['0x5200002e', '1375731758', '1001', '-2301', '20010001', 'STATUS\\_NULL\\_ARG', '0x01000001', '0x520000ff'];
const PATHS = QUERIES.map((q) => `/api/v1/lookup?q=${encodeURIComponent(q)}`);

interface Server {
  url: string;
  child: ChildProcess;
}

function start(args: string[], ready: RegExp): Promise<Server> {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, PORT: '' } });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = ready.exec(out);
      if (m) resolve({ url: m[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}) before listening`)));
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

interface Slice {
  requests: number;
  seconds: number;
  p99: number;
  errors: number;
  non2xx: number;
}

type Requests = { method: 'GET'; path: string; setupRequest?: (req: { path: string }) => { path: string } }[];

function slice(url: string, requests: Requests, duration: number): Promise<Slice> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration, requests }, (err, result) => {
      if (err) return reject(err);
      resolve({
        requests: result.requests.total,
        seconds: result.duration,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
      });
    });
  });
}

let distinct = 0;
/** Each request a URL never seen before: the cache cannot answer it. */
const distinctRequests: Requests = PATHS.map((path) => ({ method: 'GET', path, setupRequest: (req) => ({ ...req, path: `${path}&n=${distinct++}` }) }));
const repeatedRequests: Requests = PATHS.map((path) => ({ method: 'GET', path }));

interface Target {
  name: string;
  server: Server;
  requests: Requests;
  slices: Slice[];
}

function total(t: Target) {
  const requests = t.slices.reduce((n, s) => n + s.requests, 0);
  const secs = t.slices.reduce((n, s) => n + s.seconds, 0);
  return {
    rps: requests / secs,
    requests,
    p99: Math.max(...t.slices.map((s) => s.p99)),
    errors: t.slices.reduce((n, s) => n + s.errors + s.non2xx, 0),
  };
}

async function main(): Promise<void> {
  if (!existsSync(cli)) throw new Error('dist/ is missing: run `npm run build` first');
  const serve = () => start([cli, 'serve', '--host', '127.0.0.1', '--port', '0'], /serving \d+ codes on (http:\/\/127\.0\.0\.1:\d+)\//);
  const [popular, computed] = await Promise.all([serve(), serve()]);
  const bodies = await Promise.all(PATHS.map(async (p) => (await fetch(popular.url + p)).text()));
  // The bare server answers with a real lookup body of the median size.
  const body = [...bodies].sort((x, y) => x.length - y.length)[Math.floor(bodies.length / 2)]!;
  const bareScript = `
    const body = ${JSON.stringify(body)};
    const server = require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    });
    server.listen(0, '127.0.0.1', () => console.log('bare on http://127.0.0.1:' + server.address().port + '/'));
    process.on('SIGTERM', () => server.close(() => process.exit(0)));`;
  const bare = await start(['-e', bareScript], /bare on (http:\/\/127\.0\.0\.1:\d+)\//);

  const targets: Target[] = [
    { name: 'lookup, popular codes', server: popular, requests: repeatedRequests, slices: [] },
    { name: 'lookup, all different', server: computed, requests: distinctRequests, slices: [] },
    { name: 'bare node:http', server: bare, requests: repeatedRequests, slices: [] },
  ];
  for (const t of targets) await slice(t.server.url, t.requests, WARMUP_SECONDS);
  const rounds = Math.max(1, Math.round(seconds / SLICE_SECONDS));
  for (let r = 0; r < rounds; r++) for (const t of targets) t.slices.push(await slice(t.server.url, t.requests, SLICE_SECONDS));
  await Promise.all([popular, computed, bare].map(stop));

  const base = total(targets[2]!);
  const sizes = bodies.map((b) => b.length);
  console.log(
    `avcodes serve load test: ${CONNECTIONS} connections, ${rounds} × ${SLICE_SECONDS} s per target in turn after ${WARMUP_SECONDS} s warm-up; ` +
      `${QUERIES.length} lookup queries (${Math.min(...sizes)}–${Math.max(...sizes)} bytes); bare server: ${body.length} bytes`,
  );
  for (const t of targets) {
    const x = total(t);
    console.log(
      `${t.name.padEnd(24)} ${x.rps.toFixed(0).padStart(7)} req/s  ${((100 * x.rps) / base.rps).toFixed(0).padStart(4)}% of bare   p99 ${String(x.p99).padStart(3)} ms   errors ${x.errors}   (${x.requests} requests)`,
    );
  }
  const popularTotal = total(targets[0]!);
  const computedTotal = total(targets[1]!);
  const ratio = popularTotal.rps / base.rps;
  const errors = popularTotal.errors + computedTotal.errors;
  console.log(`target: lookups ≥ ${TARGET_RATIO * 100}% of bare node:http: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'} (${(ratio * 100).toFixed(0)}%; ${((100 * computedTotal.rps) / base.rps).toFixed(0)}% when every request is different)`);
  console.log(`target: no errors: ${errors === 0 ? 'met' : `NOT met (${errors})`}`);
  if (ratio < TARGET_RATIO || errors > 0) process.exitCode = 1;
}

await main();
