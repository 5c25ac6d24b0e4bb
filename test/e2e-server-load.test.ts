// The built server over real sockets under the faults a shared server meets: a shutdown while a
// slow client reads a large answer, floods of scans, clients that post and hang up, malformed
// requests, many distinct URLs, cross-site posts. Loopback only; every wait is bounded.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { availableParallelism } from 'node:os';
import { describe, it } from 'node:test';
import { startServer, type RunningServer } from './e2e-helpers.js';

/** A log of `lines` lines, one code a line, about 60 bytes each. */
function codeLog(lines: number): string {
  let out = '';
  for (let i = 0; i < lines; i++) out += `2021-08-12 10:23:${String(i % 60).padStart(2, '0')}.000 PutFrame failed with status code: 0x5200002e\n`;
  return out;
}

/** About `bytes` of log, one line in ten carrying a code. */
function megabyteLog(bytes: number): Buffer {
  const line = '2021-08-12 10:23:45.120 I/noise: value=12345 bytes=67890 elapsed 250 ms\n';
  const code = '2021-08-12 10:23:45.120 E/TXLivePlayer: onPlayEvent event=-2301 status 0x5200002e\n';
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = i % 10 === 0 ? code : line;
    lines.push(l);
    size += l.length;
  }
  return Buffer.from(lines.join(''));
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Parses one HTTP/1.1 response with a Content-Length. */
function parseResponse(raw: Buffer): RawResponse {
  const end = raw.indexOf('\r\n\r\n');
  assert.ok(end > 0, `a complete head: ${JSON.stringify(raw.subarray(0, 200).toString())}`);
  const [statusLine, ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const l of lines) {
    const colon = l.indexOf(':');
    headers[l.slice(0, colon).trim().toLowerCase()] = l.slice(colon + 1).trim();
  }
  return { status: Number(statusLine!.split(' ')[1]), headers, body: raw.subarray(end + 4) };
}

/** Writes raw bytes, reads until the server closes (or 10 s pass) and parses the answer. */
function rawExchange(url: string, bytes: string): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    const timer = setTimeout(() => socket.destroy(), 10_000);
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      try {
        resolve(parseResponse(Buffer.concat(chunks)));
      } catch (err) {
        reject(err);
      }
    });
    // The answer carries Content-Length: once it is complete, stop waiting for the server to close.
    socket.on('data', () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(all.subarray(0, end).toString('latin1'));
      if (end > 0 && length && all.length >= end + 4 + Number(length[1])) socket.end();
    });
  });
}

function assertJsonError(res: RawResponse, what: string): void {
  assert.ok(res.status >= 400 && res.status < 500, `${what}: a 4xx, got ${res.status}`);
  assert.match(res.headers['content-type'] ?? '', /^application\/json/, `${what}: JSON`);
  const body = JSON.parse(res.body.toString('utf8')) as { error: { code: string; message: string } };
  assert.equal(typeof body.error.code, 'string', `${what}: error code`);
  assert.ok(body.error.message.length > 0, `${what}: message`);
  assert.match(res.headers['content-security-policy'] ?? '', /default-src 'none'/, `${what}: CSP`);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', `${what}: nosniff`);
  assert.equal(res.headers['x-frame-options'], 'DENY', `${what}: X-Frame-Options`);
}

/**
 * Times `probes` requests to /healthz, one after another. The issue asks for answers within 1 s
 * while scans run; on a loaded shared machine a single probe can stall on the scheduler (and the
 * first one waits behind this process's own uploads), so the median must be under 1 s and none may
 * take 3 s.
 */
async function assertHealthResponsive(url: string, what: string, probes = 5): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < probes; i++) {
    const start = performance.now();
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) });
    assert.equal(res.status, 200, `${what}: /healthz status`);
    await res.text();
    times.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 100));
  }
  const sorted = [...times].sort((a, b) => a - b);
  const shown = times.map((t) => `${t.toFixed(0)} ms`).join(', ');
  assert.ok(sorted[Math.floor(probes / 2)]! < 1000, `${what}: /healthz should answer within 1 s; took ${shown}`);
  assert.ok(sorted[probes - 1]! < 3000, `${what}: no /healthz probe may take 3 s; took ${shown}`);
}

function rssMegabytes(pid: number): number | null {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  } catch {
    return null;
  }
}

async function withServer(fn: (server: RunningServer) => Promise<void>, args: string[] = []): Promise<void> {
  const server = await startServer(args);
  try {
    await fn(server);
  } finally {
    await server.stop();
  }
}

describe('the server under load, faults and hostile clients', { timeout: 600_000 }, () => {
  it('on SIGTERM writes a multi-MB answer to a slow reader to its last byte, then exits 0', async () => {
    const server = await startServer();
    const log = codeLog(8000);
    const { hostname, port } = new URL(server.url);
    const socket: Socket = connect(Number(port), hostname);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(`POST /api/v1/scan?findings=all HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(log)}\r\n\r\n${log}`);
    // Do not read: wait until the answer has started to arrive and sits in the buffers.
    await new Promise<void>((resolve) => socket.once('readable', () => resolve()));
    server.child.kill('SIGTERM');
    await new Promise<void>((resolve) => {
      const check = () => (/finishing requests in flight/.test(server.stderr()) ? resolve() : setTimeout(check, 20));
      check();
    });
    // Long enough for a shutdown that cuts answers to have cut this one.
    await new Promise((r) => setTimeout(r, 1500));
    const chunks: Buffer[] = [];
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('data', (d: Buffer) => chunks.push(d));
    await closed;
    const res = parseResponse(Buffer.concat(chunks));
    assert.equal(res.status, 200);
    const length = Number(res.headers['content-length']);
    assert.ok(length > 2_000_000, `a multi-MB answer (${length} bytes)`);
    assert.equal(res.body.length, length, 'every byte of the answer arrived');
    const report = JSON.parse(res.body.toString('utf8')) as { findings: unknown[]; truncated: boolean };
    assert.equal(report.findings.length, 8000);
    assert.equal(report.truncated, false);
    // Wait for the exit the first signal causes (stop() would send another).
    const code = server.child.exitCode ?? (await new Promise<number | null>((resolve) => server.child.once('exit', (c) => resolve(c))));
    assert.equal(code, 0, `exit code; stderr: ${server.stderr()}`);
    assert.doesNotMatch(server.stderr(), /cut off/);
  });

  it('on SIGTERM closes an idle keep-alive connection at once rather than at the end of the grace period', async () => {
    const server = await startServer();
    const { hostname, port } = new URL(server.url);
    const socket = connect(Number(port), hostname);
    let data = '';
    socket.setEncoding('utf8').on('data', (d: string) => (data += d));
    socket.write(`GET /healthz HTTP/1.1\r\nHost: ${hostname}:${port}\r\n\r\n`);
    while (!data.includes('"status":"ok"')) await new Promise((r) => setTimeout(r, 20));
    // The connection is now idle and kept alive; the server must end it, not this test.
    const ended = new Promise<string>((resolve) => socket.once('end', () => resolve('ended by the server')));
    server.child.kill('SIGTERM');
    // The grace period is 10 s; half of it is a generous bound for "at once" on a loaded machine.
    const outcome = await Promise.race([ended, new Promise<string>((r) => setTimeout(() => r('still open after 5 s'), 5000))]);
    socket.destroy();
    assert.equal(outcome, 'ended by the server');
    const code = server.child.exitCode ?? (await new Promise<number | null>((resolve) => server.child.once('exit', (c) => resolve(c))));
    assert.equal(code, 0, server.stderr());
  });

  it('stops scans whose clients hung up: 40 abandoned 1 MB posts leave /healthz answering within 1 s', async () => {
    await withServer(async (server) => {
      const body = megabyteLog(1024 * 1024);
      const { hostname, port } = new URL(server.url);
      const head = `POST /api/v1/scan HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n`;
      await Promise.all(
        Array.from(
          { length: 40 },
          () =>
            new Promise<void>((resolve) => {
              const socket = connect(Number(port), hostname, () => {
                socket.write(head);
                socket.write(body, () => {
                  socket.destroy();
                  resolve();
                });
              });
              socket.on('error', () => resolve());
            }),
        ),
      );
      await assertHealthResponsive(server.url, 'after 40 abandoned posts');
      assert.doesNotMatch(server.stderr(), /request [0-9a-f]{8}:/, 'no 5xx was logged');
    });
  });

  it('answers 24 concurrent 1 MB scans each with 200 or an immediate 503 with Retry-After, never a time-out, while /healthz answers within 1 s', async () => {
    await withServer(async (server) => {
      const body = megabyteLog(1024 * 1024);
      const scans = Array.from({ length: 24 }, async () => {
        const res = await fetch(`${server.url}/api/v1/scan`, { method: 'POST', body, headers: { 'Content-Type': 'text/plain' }, signal: AbortSignal.timeout(120_000) });
        const text = await res.text();
        return { status: res.status, retryAfter: res.headers.get('retry-after'), text };
      });
      await new Promise((r) => setTimeout(r, 200));
      await assertHealthResponsive(server.url, 'during 24 scans');
      const results = await Promise.all(scans);
      const statuses = results.map((r) => r.status);
      assert.ok(statuses.every((s) => s === 200 || s === 503), `only 200 and 503: ${statuses.join(' ')}`);
      assert.ok(statuses.includes(200), `some scans ran: ${statuses.join(' ')}`);
      // At most (cores running + cores waiting) are admitted at once.
      assert.ok(statuses.filter((s) => s === 503).length >= 24 - 2 * availableParallelism() - 4, `the rest refused: ${statuses.join(' ')}`);
      for (const r of results) {
        if (r.status === 503) {
          assert.match(r.retryAfter ?? '', /^\d+$/, 'Retry-After on 503');
          assert.equal((JSON.parse(r.text) as { error: { code: string } }).error.code, 'busy');
        } else {
          const report = JSON.parse(r.text) as { findings: unknown[]; findingsTotal: number; truncated: boolean };
          assert.equal(report.findings.length, 100, 'the first 100 findings by default');
          assert.ok(report.truncated && report.findingsTotal > 100, 'with the count of all of them');
          assert.ok(r.text.length < 400_000, `a proportionate answer to a 1 MB log (${r.text.length} bytes)`);
        }
      }
    });
  });

  it('answers malformed requests and the ones Node rejects itself with a 4xx JSON error and the security headers', async () => {
    await withServer(async (server) => {
      const { hostname, port } = new URL(server.url);
      const cases: [string, string][] = [
        ['HTTP/1.0 without Host', 'GET /healthz HTTP/1.0\r\n\r\n'],
        ['Host: a b', 'GET /healthz HTTP/1.1\r\nHost: a b\r\n\r\n'],
        ['the request-target *', 'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n'],
        ['an absolute-form URL that does not parse', 'GET http://[bad/healthz HTTP/1.1\r\nHost: x\r\n\r\n'],
        ['a bad request line (Node)', 'BAD LINE\r\n\r\n'],
        ['huge headers (Node, 431)', `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`],
      ];
      for (const [what, bytes] of cases) assertJsonError(await rawExchange(server.url, bytes), what);
      const big = await rawExchange(server.url, cases[5]![1]);
      assert.equal(big.status, 431);
      const fine = await rawExchange(server.url, `GET /healthz HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
      assert.equal(fine.status, 200, 'and keeps serving');
      assert.doesNotMatch(server.stderr(), /request [0-9a-f]{8}:/, 'no 5xx was logged');
    });
  });

  // The bound is on growth above the idle server: its scan threads (about 40 MB each, one per core)
  // are there before the first URL. An unbounded cache would grow by about 700 MB here.
  it('keeps its RSS growth under 192 MB through 200,000 distinct lookup URLs', async () => {
    await withServer(async (server) => {
      const pid = server.child.pid!;
      // Idle means every scan thread has loaded its catalog, which goes on after the server says
      // it listens: one scan per thread waits for it (else the threads' loading counts as growth).
      const statuses = await Promise.all(
        Array.from({ length: availableParallelism() }, () =>
          fetch(`${server.url}/api/v1/scan`, { method: 'POST', body: codeLog(10), headers: { 'Content-Type': 'text/plain' } }).then(async (res) => (await res.arrayBuffer(), res.status)),
        ),
      );
      assert.deepEqual(statuses, statuses.map(() => 200), 'a scan on every thread');
      const idle = rssMegabytes(pid);
      if (idle === null) return; // no /proc: not Linux
      const agent = new Agent({ keepAlive: true, maxSockets: 8 });
      const get = (path: string) =>
        new Promise<number>((resolve, reject) => {
          const req = request(`${server.url}${path}`, { agent }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          });
          req.setTimeout(30_000, () => req.destroy(new Error(`no answer to ${path}`)));
          req.on('error', reject);
          req.end();
        });
      const TOTAL = 200_000;
      let next = 0;
      let peak = 0;
      const failed: string[] = [];
      // Every URL is distinct; two in a row mean the same, so the cache admits and fills.
      const worker = async () => {
        while (next < TOTAL) {
          const i = next++;
          const path = `/api/v1/lookup?q=0x${(0x52000000 + (i >> 1) * 7).toString(16)}&context=kvs&n=${i}`;
          const status = await get(path);
          if (status !== 200 && failed.length < 5) failed.push(`${path}: ${status}`);
          if (i % 10_000 === 0) peak = Math.max(peak, rssMegabytes(pid) ?? 0);
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
      agent.destroy();
      peak = Math.max(peak, rssMegabytes(pid) ?? 0);
      assert.deepEqual(failed, []);
      assert.ok(peak - idle < 192, `RSS went from ${idle.toFixed(0)} MB idle to a peak of ${peak.toFixed(0)} MB`);
    });
  });

  it('opens the GET API to every origin, cached answers included, and refuses a cross-site POST with 403', async () => {
    await withServer(async (server) => {
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${server.url}/api/v1/lookup?q=0x5200002e`, { headers: { Origin: 'https://elsewhere.example' } });
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('access-control-allow-origin'), '*', `request ${i + 1}`);
        assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin', `request ${i + 1}`);
        await res.text();
      }
      const post = await fetch(`${server.url}/api/v1/scan`, { method: 'POST', body: 'status 0x5200002e\n', headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' } });
      assert.equal(post.status, 403);
      assert.equal(((await post.json()) as { error: { code: string } }).error.code, 'forbidden');
    });
  });

  it('answers an unknown code page with 404 HTML, an unknown page with an HTML 404, and takes curl’s form-typed log as text', async () => {
    await withServer(async (server) => {
      const code = await fetch(`${server.url}/code/aws-kvs/STATUS_NO_SUCH_THING`);
      assert.equal(code.status, 404);
      assert.match(code.headers.get('content-type') ?? '', /^text\/html/);
      await code.text();
      const page = await fetch(`${server.url}/no/such/page`);
      assert.equal(page.status, 404);
      assert.match(await page.text(), /<h1>Not found<\/h1>/);
      const api = await fetch(`${server.url}/api/v1/no/such`);
      assert.equal(api.status, 404);
      assert.match(api.headers.get('content-type') ?? '', /^application\/json/);
      await api.text();
      // What `curl --data-binary @device.log URL` sends.
      const log = 'PutFrame failed: a=1&b=%41 status code: 0x5200002e\n';
      const scan = await fetch(`${server.url}/api/v1/scan`, { method: 'POST', body: log, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
      assert.equal(scan.status, 200);
      const report = (await scan.json()) as { findings: { text: string; entry: { name: string } | null }[]; summary: { bytes: number } };
      assert.equal(report.summary.bytes, Buffer.byteLength(log), 'the body verbatim');
      assert.equal(report.findings[0]?.entry?.name, 'STATUS_STORE_OUT_OF_MEMORY');
    });
  });
});
