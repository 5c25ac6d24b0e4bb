// How POST /api/v1/scan reads a log: types, gzip, limits. The scanner is replaced by a stand-in
// that reports the bytes it was given, so these tests are about the HTTP side alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { ScanOptions } from '../src/server/deps.js';
import { assertApiError, makeApp } from './server-helpers.js';

interface Echo {
  findings: [];
  diagnoses: [];
  summary: { text: string; bytes: number; options: Omit<ScanOptions, 'signal'> };
}

let calls = 0;
const echoScan = async (log: AsyncIterable<Uint8Array>, { signal, ...options }: ScanOptions) => {
  calls++;
  assert.ok(signal instanceof AbortSignal, 'the scan is given the request signal');
  const chunks: Buffer[] = [];
  for await (const chunk of log) chunks.push(Buffer.from(chunk));
  const all = Buffer.concat(chunks);
  return JSON.stringify({ findings: [], diagnoses: [], summary: { text: all.toString('utf8'), bytes: all.length, options } });
};

const LIMIT = 64 * 1024;
const { app } = makeApp({ scan: echoScan }, { maxBodyBytes: LIMIT, maxLogBytes: 4 * LIMIT });
const LOG = '2021-08-12 10:23:45.120 I/TXLivePlayer: onPlayEvent event=2103\n2021-08-12 10:23:49.800 E/TXLivePlayer: onPlayEvent event=-2301\n';

const post = (body: BodyInit | null, headers: Record<string, string> = {}, query = '') =>
  app.request(`/api/v1/scan${query}`, { method: 'POST', body, headers });

async function echo(res: Response, what: string): Promise<Echo['summary']> {
  assert.equal(res.status, 200, `${what}: status`);
  return ((await res.json()) as Echo).summary;
}

/** A body with no Content-Length, sent in chunks, as `curl -T -` or a browser stream does. */
function chunked(chunks: Uint8Array[]): Request {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
  return new Request('http://localhost/api/v1/scan', { method: 'POST', body: stream, headers: { 'Content-Type': 'text/plain' }, duplex: 'half' } as RequestInit);
}

describe('POST /api/v1/scan: the body', () => {
  it('passes a text/plain log to the scanner byte for byte', async () => {
    const got = await echo(await post(LOG, { 'Content-Type': 'text/plain; charset=utf-8' }), 'text/plain');
    assert.equal(got.text, LOG);
  });

  it('accepts a body with no content type, any text/* type, and raw bytes', async () => {
    for (const type of [undefined, 'text/x-log', 'application/octet-stream']) {
      const got = await echo(await post(LOG, type ? { 'Content-Type': type } : {}), String(type));
      assert.equal(got.text, LOG, String(type));
    }
  });

  it('decompresses gzip named by Content-Encoding, by Content-Type, or only by its magic bytes', async () => {
    const gz = gzipSync(LOG);
    for (const [what, headers] of [
      ['Content-Encoding: gzip', { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' }],
      ['application/gzip', { 'Content-Type': 'application/gzip' }],
      ['application/x-gzip', { 'Content-Type': 'application/x-gzip' }],
      ['magic bytes', { 'Content-Type': 'application/octet-stream' }],
    ] as const) {
      assert.equal((await echo(await post(gz, headers), what)).text, LOG, what);
    }
  });

  it('keeps invalid UTF-8, NUL bytes and CRLF for the scanner to deal with', async () => {
    const bytes = Buffer.from([0x61, 0x00, 0xff, 0xfe, 0x0d, 0x0a, 0x62]);
    const got = await echo(await post(bytes, { 'Content-Type': 'application/octet-stream' }), 'binary');
    assert.equal(got.bytes, bytes.length);
  });

  it('scans an empty body as an empty log', async () => {
    const got = await echo(await post('', { 'Content-Type': 'text/plain' }), 'empty');
    assert.equal(got.bytes, 0);
  });

  it('reads a chunked body without Content-Length', async () => {
    const enc = new TextEncoder();
    const got = await echo(await app.request(chunked([enc.encode(LOG.slice(0, 10)), enc.encode(LOG.slice(10))])), 'chunked');
    assert.equal(got.text, LOG);
  });

  it('passes sdk and minConfidence to the scanner, and lists 100 findings unless asked for more', async () => {
    const got = await echo(await post(LOG, { 'Content-Type': 'text/plain' }, '?sdk=lvb&minConfidence=0.8'), 'options');
    assert.deepEqual(got.options, { sdk: 'lvb', minConfidence: 0.8, listFindings: 100, timelineSteps: 1000, logBytes: null });
    const all = await echo(await post(LOG, { 'Content-Type': 'text/plain' }, '?findings=all'), 'findings=all');
    assert.equal(all.options.listFindings, 100_000);
    const some = await echo(await post(LOG, { 'Content-Type': 'text/plain' }, '?findings=7'), 'findings=7');
    assert.equal(some.options.listFindings, 7);
  });

  it("tells the scanner the log's size when the body declares it and is not gzip, so a small log can be scanned in the calling thread", async () => {
    const length = String(Buffer.byteLength(LOG));
    const plain = await echo(await post(LOG, { 'Content-Type': 'text/plain', 'Content-Length': length }), 'declared');
    assert.equal(plain.options.logBytes, Buffer.byteLength(LOG), 'a declared text body');
    const zipped = gzipSync(LOG);
    const gzip = await echo(await post(zipped, { 'Content-Type': 'application/gzip', 'Content-Length': String(zipped.length) }), 'declared gzip');
    assert.equal(gzip.options.logBytes, null, 'a gzip body: the log is larger than the body');
    const sniffed = await echo(await post(zipped, { 'Content-Type': 'text/plain', 'Content-Length': String(zipped.length) }), 'gzip by its magic bytes');
    assert.equal(sniffed.options.logBytes, null, 'gzip recognised by its magic bytes');
    assert.equal((await echo(await app.request(chunked([new TextEncoder().encode(LOG)])), 'chunked')).options.logBytes, null, 'no Content-Length');
  });

  it('takes a body sent as application/x-www-form-urlencoded (curl --data-binary) verbatim, not form-decoded', async () => {
    const log = 'a=b&c=%41+d 0x5200002e\n';
    const got = await echo(await post(log, { 'Content-Type': 'application/x-www-form-urlencoded' }), 'form type');
    assert.equal(got.text, log);
  });
});

describe('POST /api/v1/scan: bad bodies', () => {
  it('answers 413 to a declared Content-Length over the limit without calling the scanner', async () => {
    const before = calls;
    const res = await app.request('/api/v1/scan', { method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain', 'Content-Length': String(LIMIT + 1) } });
    await assertApiError(res, 413, 'payload_too_large', 'declared');
    assert.equal(calls, before);
  });

  it('answers 413 to a body over the limit', async () => {
    await assertApiError(await post('x'.repeat(LIMIT + 1), { 'Content-Type': 'text/plain' }), 413, 'payload_too_large', 'sized');
  });

  it('answers 413 to a chunked body that passes the limit while streaming', async () => {
    const chunk = new Uint8Array(16 * 1024).fill(0x61);
    const res = await app.request(chunked(Array.from({ length: 6 }, () => chunk)));
    await assertApiError(res, 413, 'payload_too_large', 'chunked');
  });

  it('answers 413 to a small gzip that expands past the log limit', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * LIMIT, 0x61));
    assert.ok(bomb.length < LIMIT, 'the compressed body itself is within the limit');
    const message = await assertApiError(await post(bomb, { 'Content-Type': 'application/gzip' }), 413, 'payload_too_large', 'bomb');
    assert.match(message, /decompressed/);
  });

  it('answers 400 to a body that claims gzip but is not', async () => {
    await assertApiError(await post('plain text', { 'Content-Type': 'application/gzip' }), 400, 'invalid_body', 'not gzip');
    const truncated = gzipSync(LOG.repeat(50)).subarray(0, 40);
    await assertApiError(await post(truncated, { 'Content-Type': 'application/gzip' }), 400, 'invalid_body', 'truncated gzip');
  });

  it('answers 415 to a body that is not a log', async () => {
    for (const type of ['application/json', 'multipart/form-data; boundary=x', 'image/png']) {
      await assertApiError(await post('{}', { 'Content-Type': type }), 415, 'unsupported_media_type', type);
    }
    await assertApiError(await post(LOG, { 'Content-Type': 'text/plain', 'Content-Encoding': 'br' }), 415, 'unsupported_media_type', 'br');
  });

  it('answers 400 to bad options', async () => {
    for (const query of ['?minConfidence=2', '?minConfidence=-1', '?minConfidence=high', '?sdk=', '?findings=-1', '?findings=100001', '?findings=some']) {
      await assertApiError(await post(LOG, { 'Content-Type': 'text/plain' }, query), 400, 'invalid_query', query);
    }
  });

  it('keeps serving after refusing bodies', async () => {
    await post('x'.repeat(LIMIT + 1), { 'Content-Type': 'text/plain' });
    await post('nope', { 'Content-Type': 'application/gzip' });
    assert.equal((await echo(await post(LOG, { 'Content-Type': 'text/plain' }), 'after')).text, LOG);
  });
});
