// The built server over real sockets, started as `npm start` starts it: what only a real port
// shows — the listener's URL cache, limits on a streamed upload, graceful shutdown on signals.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { startServer } from './e2e-helpers.js';

/** A POST whose body is written in pieces, so a test can act while the upload is in flight. */
function slowPost(url: string): { connected: Promise<void>; write: (s: string) => void; end: () => Promise<{ status: number; body: string }> } {
  let resolveResponse: (r: { status: number; body: string }) => void;
  const response = new Promise<{ status: number; body: string }>((resolve) => (resolveResponse = resolve));
  const req = request(url, { method: 'POST', headers: { 'Content-Type': 'text/plain' } }, (res) => {
    let body = '';
    res.setEncoding('utf8').on('data', (d: string) => (body += d));
    res.on('end', () => resolveResponse({ status: res.statusCode ?? 0, body }));
  });
  req.on('error', () => undefined);
  const connected = new Promise<void>((resolve) => req.once('socket', (socket) => socket.once('connect', () => resolve())));
  req.flushHeaders();
  return {
    connected,
    write: (s) => void req.write(s),
    end: () => {
      req.end();
      return response;
    },
  };
}

describe('the server on a real port', () => {
  it('answers a repeated lookup from its URL cache with the same body and the same headers', async () => {
    const server = await startServer();
    try {
      const url = `${server.url}/api/v1/lookup?q=0x5200002e`;
      const first = await fetch(url);
      const second = await fetch(url);
      assert.equal(second.status, 200);
      assert.equal(await second.text(), await first.text());
      for (const name of ['content-type', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options']) {
        assert.equal(second.headers.get(name), first.headers.get(name), name);
        assert.ok(second.headers.get(name), `${name} is set`);
      }
      // An error is never cached: the same bad URL gives the same 400 each time.
      for (let i = 0; i < 2; i++) assert.equal((await fetch(`${server.url}/api/v1/lookup?q=`)).status, 400);
    } finally {
      assert.equal(await server.stop(), 0);
    }
  });

  it('refuses a streamed upload over the limit with 413 and keeps serving', async () => {
    const server = await startServer(['--max-body-mb', '1']);
    try {
      const chunk = 'status code: 0x5200002e\n'.repeat(4096);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 16; i++) controller.enqueue(new TextEncoder().encode(chunk));
          controller.close();
        },
      });
      const res = await fetch(`${server.url}/api/v1/scan`, { method: 'POST', body: stream, headers: { 'Content-Type': 'text/plain' }, duplex: 'half' } as RequestInit);
      assert.equal(res.status, 413);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'payload_too_large');
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    } finally {
      await server.stop();
    }
  });

  it('answers garbage on the socket with 400 and keeps serving', async () => {
    const server = await startServer();
    try {
      const { hostname, port } = new URL(server.url);
      const reply = await new Promise<string>((resolve) => {
        const socket = connect(Number(port), hostname, () => socket.end('\x00\x01 NOT HTTP\r\n\r\n'));
        let data = '';
        socket.setEncoding('utf8').on('data', (d: string) => (data += d));
        socket.on('close', () => resolve(data));
      });
      assert.match(reply, /^HTTP\/1\.1 400/);
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    } finally {
      await server.stop();
    }
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal} finishes the request in flight, then exits 0`, async () => {
      const server = await startServer();
      const upload = slowPost(`${server.url}/api/v1/scan`);
      await upload.connected;
      upload.write('2021-08-12 10:23:59.500 E/TXLivePlayer: onPlayEvent event=-2301\n');
      // Connections are accepted in order: once /healthz, connected later, is answered, the upload's is open.
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
      server.child.kill(signal);
      await new Promise<void>((resolve) => {
        const check = () => (/finishing requests in flight/.test(server.stderr()) ? resolve() : setTimeout(check, 20));
        check();
      });
      upload.write('2021-08-12 10:24:00.000 E/TXLivePlayer: onPlayEvent event=-2301\n');
      const res = await upload.end();
      assert.equal(res.status, 200);
      assert.equal((JSON.parse(res.body) as { findings: unknown[] }).findings.length, 2);
      assert.equal(await server.stop(), 0);
    });
  }
});
