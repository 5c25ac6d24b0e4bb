/**
 * Load test of `avcodes serve`, every figure next to a baseline measured in the same run on the same
 * machine, so the ratios mean something anywhere:
 *   - a bare `node:http` server answering a real ~2 KB lookup answer as a constant: the ceiling for
 *     any JSON GET over node:http;
 *   - lookups of popular codes: a handful of queries asked again and again (answer cache hits);
 *   - lookups, every URL distinct: each request carries a distinct (ignored) parameter over the same
 *     popular queries, as cache-busting clients do; the cache is keyed by meaning, so they hit it.
 *     Target ≥ 0.5 of bare;
 *   - lookups, every query distinct: a new code each request, computed every time (worst case);
 *   - searches, every query distinct: fuzzy full-text search, computed every time;
 *   - POST /api/v1/scan of a 100 KB log: MB of log per CPU-second of the server process (its main
 *     thread, scan threads and garbage collector together, read from /proc: what a core of the
 *     server scans, whatever share of the machine's cores the server got). Target ≥ 50 MB/s per
 *     core. Next to it, the rate per scan thread (wall clock), a bare `node:http` server that reads
 *     the same POST and answers the same scan answer as a constant (the floor of HTTP alone), and
 *     the library's own scanText of the same log in this process, per CPU-second (the ceiling).
 *
 *   npm run build && node --import tsx bench/serve.ts [seconds per target]     (default 10)
 *
 * Each server runs in its own process, as in production, driven by autocannon from this process
 * over 127.0.0.1. The time is cut into short slices taken in turn (A B C … A B C …), so a change in
 * the machine's background load during the run hits every target alike; rates are totals over the
 * slices.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { scanText } from '../src/scan/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const seconds = Math.max(2, Number(process.argv[2] ?? 10));
const CONNECTIONS = 16;
const SLICE_SECONDS = 2;
const WARMUP_SECONDS = 2;
const TARGET_DISTINCT_URLS = 0.5;
const TARGET_SCAN_MB_PER_CORE = 50;
const SCAN_LOG_BYTES = 100 * 1024;
const QUERIES = ['0x5200002e', '1375731758', '1001', '-2301', '20010001', 'STATUS\\_NULL\\_ARG', '0x01000001', '0x520000ff'];
const PATHS = QUERIES.map((q) => `/api/v1/lookup?q=${encodeURIComponent(q)}`);
const WORDS = ['network', 'timeout', 'memory', 'stream', 'frame', 'decoder', 'connect', 'buffer', 'token', 'server', 'room', 'push', 'play', 'audio', 'video', 'render'];

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
  /** CPU-seconds the server process used during the slice (all its threads); null without /proc. */
  cpuSeconds: number | null;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU-seconds a process has used so far, every thread included (utime + stime of /proc/<pid>/stat); null where there is no /proc. */
function cpuSecondsOf(child: ChildProcess): number | null {
  try {
    // The fields after the command's closing parenthesis; utime and stime are the 14th and 15th of the line.
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

type Request = { method: 'GET' | 'POST'; path: string; body?: string; headers?: Record<string, string>; setupRequest?: (req: { path: string }) => { path: string } };

function slice(server: Server, requests: Request[], connections: number, duration: number): Promise<Slice> {
  const cpu0 = cpuSecondsOf(server.child);
  return new Promise((resolve, reject) => {
    autocannon({ url: server.url, connections, duration, requests, timeout: 30 }, (err, result) => {
      if (err) return reject(err);
      const cpu1 = cpuSecondsOf(server.child);
      resolve({
        requests: result.requests.total,
        seconds: result.duration,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        cpuSeconds: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
      });
    });
  });
}

let counter = 0;
const repeated: Request[] = PATHS.map((path) => ({ method: 'GET', path }));
/** Each URL never seen before, meaning one of the popular queries. */
const distinctUrls: Request[] = PATHS.map((path) => ({ method: 'GET', path, setupRequest: (req) => ({ ...req, path: `${path}&n=${counter++}` }) }));
/** Each request a code never asked before. */
const distinctQueries: Request[] = [{ method: 'GET', path: '/', setupRequest: (req) => ({ ...req, path: `/api/v1/lookup?q=0x${(0x52000000 + counter++).toString(16)}` }) }];
const distinctSearches: Request[] = [
  {
    method: 'GET',
    path: '/',
    setupRequest: (req) => {
      const n = counter++;
      return { ...req, path: `/api/v1/search?q=${WORDS[n % WORDS.length]}+${WORDS[Math.floor(n / WORDS.length) % WORDS.length]}+${n}` };
    },
  },
];

/** About 100 KB of a mixed device log: one line in ten carries a code. */
function scanLog(): string {
  const lines = [
    '2021-08-12 10:23:45.120 I/TXLivePlayer: onNetStatus fps=24 bitrate=1200 kbps cache=350 ms',
    '2021-08-12 10:23:45.380 D/KinesisVideo: putFrame pts=1628763825380 duration=40 size=12873',
    '2021-08-12 10:23:45.500 E/TXLivePlayer: onPlayEvent event=-2301 reconnect failed',
    '2021-08-12 10:23:45.620 I/AliPlayer: onInfo code=2 extra=48213 position 125000 ms',
    '2021-08-12 10:23:45.700 W/KinesisVideo: PutFrame failed with status code: 0x5200002e',
  ];
  let out = '';
  for (let i = 0; out.length < SCAN_LOG_BYTES; i++) out += `${lines[i % 10 === 0 ? 2 + (i % 3) : i % 2]}\n`;
  return out.slice(0, SCAN_LOG_BYTES);
}

interface Target {
  name: string;
  server: Server;
  requests: Request[];
  connections: number;
  slices: Slice[];
}

function total(t: Target) {
  const requests = t.slices.reduce((n, s) => n + s.requests, 0);
  const secs = t.slices.reduce((n, s) => n + s.seconds, 0);
  const cpu = t.slices.every((s) => s.cpuSeconds !== null) ? t.slices.reduce((n, s) => n + s.cpuSeconds!, 0) : null;
  return {
    rps: requests / secs,
    requests,
    p99: Math.max(...t.slices.map((s) => s.p99)),
    errors: t.slices.reduce((n, s) => n + s.errors + s.non2xx, 0),
    /** Requests per CPU-second of the server process. */
    perCpuSecond: cpu === null || cpu === 0 ? null : requests / cpu,
  };
}

async function main(): Promise<void> {
  if (!existsSync(cli)) throw new Error('dist/ is missing: run `npm run build` first');
  const avcodes = await start([cli, 'serve', '--host', '127.0.0.1', '--port', '0'], /serving \d+ codes on (http:\/\/127\.0\.0\.1:\d+)\//);
  const bodies = await Promise.all(PATHS.map(async (p) => (await fetch(avcodes.url + p)).text()));
  // The bare server answers with a real lookup body of the median size.
  const body = [...bodies].sort((x, y) => x.length - y.length)[Math.floor(bodies.length / 2)]!;
  // As many scans at once as the server runs (one per core): none waits or is refused.
  const scanThreads = availableParallelism();
  const log = scanLog();
  const scanRequests: Request[] = [{ method: 'POST', path: '/api/v1/scan', body: log, headers: { 'Content-Type': 'text/plain' } }];
  const scanAnswer = await (await fetch(new URL('/api/v1/scan', avcodes.url), { method: 'POST', body: log, headers: { 'Content-Type': 'text/plain' } })).text();
  // A GET gets the lookup body; a POST is read to its end and gets the real scan answer.
  const bareScript = `
    const lookup = Buffer.from(${JSON.stringify(body)});
    const scan = Buffer.from(${JSON.stringify(scanAnswer)});
    const server = require('node:http').createServer((req, res) => {
      req.on('data', () => {});
      req.on('end', () => {
        const body = req.method === 'POST' ? scan : lookup;
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
        res.end(body);
      });
    });
    server.listen(0, '127.0.0.1', () => console.log('bare on http://127.0.0.1:' + server.address().port + '/'));
    process.on('SIGTERM', () => server.close(() => process.exit(0)));`;
  const bare = await start(['-e', bareScript], /bare on (http:\/\/127\.0\.0\.1:\d+)\//);

  const targets: Target[] = [
    { name: 'bare node:http', server: bare, requests: repeated, connections: CONNECTIONS, slices: [] },
    { name: 'lookup, popular codes', server: avcodes, requests: repeated, connections: CONNECTIONS, slices: [] },
    { name: 'lookup, distinct URLs', server: avcodes, requests: distinctUrls, connections: CONNECTIONS, slices: [] },
    { name: 'lookup, distinct codes', server: avcodes, requests: distinctQueries, connections: CONNECTIONS, slices: [] },
    { name: 'search, distinct words', server: avcodes, requests: distinctSearches, connections: CONNECTIONS, slices: [] },
    { name: 'scan, 100 KB log', server: avcodes, requests: scanRequests, connections: scanThreads, slices: [] },
    { name: 'bare node:http, POST', server: bare, requests: scanRequests, connections: scanThreads, slices: [] },
  ];
  for (const t of targets) await slice(t.server, t.requests, t.connections, WARMUP_SECONDS);
  const rounds = Math.max(1, Math.round(seconds / SLICE_SECONDS));
  // The library scanning the same log in this process, one slice a round, as the scan's ceiling:
  // CPU time of this process, in which nothing else runs between two slices.
  const library = { scans: 0, cpuSeconds: 0 };
  for (let r = 0; r < rounds; r++) {
    for (const t of targets) t.slices.push(await slice(t.server, t.requests, t.connections, SLICE_SECONDS));
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    while (performance.now() - t0 < 1000) {
      scanText(log);
      library.scans++;
    }
    const cpu = process.cpuUsage(cpu0);
    library.cpuSeconds += (cpu.user + cpu.system) / 1e6;
  }
  await Promise.all([avcodes, bare].map(stop));

  const base = total(targets[0]!);
  const sizes = bodies.map((b) => b.length);
  console.log(
    `avcodes serve load test: ${CONNECTIONS} connections (scan: ${scanThreads}, one per scan thread), ${rounds} × ${SLICE_SECONDS} s per target in turn after ${WARMUP_SECONDS} s warm-up; ` +
      `lookup answers ${Math.min(...sizes)}–${Math.max(...sizes)} bytes; the bare server answers ${body.length} bytes, and ${scanAnswer.length} bytes (the scan answer) to a POST of the ${log.length}-byte log`,
  );
  const megabytes = (requests: number) => (requests * log.length) / 1e6;
  let errors = 0;
  for (const t of targets) {
    const x = total(t);
    errors += x.errors;
    const posted = t.requests === scanRequests;
    const perCpu = x.perCpuSecond === null ? 'n/a (no /proc)' : `${megabytes(x.perCpuSecond).toFixed(1)} MB per CPU-second of the server`;
    const scan = posted ? `   ${megabytes(x.rps).toFixed(1)} MB/s of log = ${megabytes(x.rps / scanThreads).toFixed(1)} MB/s per scan thread; ${perCpu}` : '';
    console.log(
      `${t.name.padEnd(24)} ${x.rps.toFixed(0).padStart(7)} req/s  ${posted ? '' : `${(x.rps / base.rps).toFixed(2).padStart(5)} × bare`.padEnd(12)}   p99 ${String(x.p99).padStart(4)} ms   errors ${x.errors}   (${x.requests} requests)${scan}`,
    );
  }
  const libraryPerCpu = megabytes(library.scans / library.cpuSeconds);
  console.log(`${'library scanText'.padEnd(24)} ${(library.scans / library.cpuSeconds).toFixed(0).padStart(7)} scans per CPU-second in this process: ${libraryPerCpu.toFixed(1)} MB of log per CPU-second (the ceiling)`);

  const distinct = total(targets[2]!).rps / base.rps;
  const scanTotal = total(targets[5]!);
  // Per core: MB of log per CPU-second of the whole server process (main thread, scan threads and
  // GC), which does not depend on the share of the machine's cores the server got; without /proc,
  // the wall-clock rate per scan thread.
  const perCore = scanTotal.perCpuSecond === null ? megabytes(scanTotal.rps / scanThreads) : megabytes(scanTotal.perCpuSecond);
  const perCoreMeans = scanTotal.perCpuSecond === null ? 'MB/s per scan thread (no /proc here)' : 'MB of log per CPU-second of the server process';
  console.log(`target: distinct-URL lookups ≥ ${TARGET_DISTINCT_URLS} × bare node:http: ${distinct >= TARGET_DISTINCT_URLS ? 'met' : 'NOT met'} (${distinct.toFixed(2)})`);
  console.log(
    `target: scan ≥ ${TARGET_SCAN_MB_PER_CORE} MB/s of log per core: ${perCore >= TARGET_SCAN_MB_PER_CORE ? 'met' : 'NOT met'} (${perCore.toFixed(1)} ${perCoreMeans}, ${(perCore / TARGET_SCAN_MB_PER_CORE).toFixed(2)} × target; ` +
      `${(perCore / libraryPerCpu).toFixed(2)} × the library's own scan of the same log per CPU-second)`,
  );
  console.log(`target: no errors: ${errors === 0 ? 'met' : `NOT met (${errors})`}`);
  if (distinct < TARGET_DISTINCT_URLS || perCore < TARGET_SCAN_MB_PER_CORE || errors > 0) process.exitCode = 1;
}

await main();
