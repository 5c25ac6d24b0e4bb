import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ApiError } from './errors.js';

export interface LogBodyLimits {
  /** Bytes the client may send (the gzip bytes when the body is compressed). */
  maxBodyBytes: number;
  /** Bytes of log after decompression: bounds the work a small gzip "bomb" can ask for. */
  maxLogBytes: number;
}

const GZIP_TYPES = /^application\/(x-)?gzip\b/i;
// curl --data-binary sends application/x-www-form-urlencoded unless told otherwise; like most
// log-paste APIs, take such a body as the log it is, verbatim (never form-decoded).
const ACCEPTED_TYPES = /^(text\/[a-z0-9.+-]+|application\/(x-)?gzip|application\/octet-stream|application\/x-www-form-urlencoded)\b/i;

/** Throws 415 for a body type that is not a log (`text/*`), gzip, or raw bytes. */
export function checkLogContentType(contentType: string | undefined): void {
  if (contentType === undefined || contentType === '' || ACCEPTED_TYPES.test(contentType)) return;
  throw new ApiError(
    415,
    'unsupported_media_type',
    `send the log as text/plain or application/gzip, not ${contentType.slice(0, 80)}`,
  );
}

function tooLarge(what: string, max: number): ApiError {
  return new ApiError(413, 'payload_too_large', `${what} is larger than the limit of ${max} bytes`);
}

/** The request body in chunks, failing with 413 as soon as it passes the limit. */
async function* limited(body: ReadableStream<Uint8Array>, maxBytes: number): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.byteLength;
      if (size > maxBytes) throw tooLarge('the request body', maxBytes);
      yield value;
    }
  } finally {
    // Stop reading the rest of an oversized or abandoned upload.
    await reader.cancel().catch(() => undefined);
  }
}

/** The same from Node's request stream; leaving the loop early destroys the stream (the rest is not read). */
async function* limitedNode(body: Readable, maxBytes: number): AsyncGenerator<Uint8Array> {
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge('the request body', maxBytes);
    yield chunk;
  }
}

async function* gunzipped(source: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Uint8Array> {
  const gunzip = createGunzip();
  const input = Readable.from(source, { objectMode: false });
  input.on('error', (err) => gunzip.destroy(err));
  input.pipe(gunzip);
  let size = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw tooLarge('the decompressed log', maxBytes);
      yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  } catch (err) {
    if (err instanceof ApiError) throw err;
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw new ApiError(400, 'invalid_body', 'the body is not valid gzip data');
    }
    throw err;
  } finally {
    input.destroy();
    gunzip.destroy();
  }
}

/** Passes chunks through and stops with 413 when the total passes the limit. */
async function* counted(source: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Uint8Array> {
  let size = 0;
  for await (const chunk of source) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge('the log', maxBytes);
    yield chunk;
  }
}

/** Re-yields a first chunk already read, then the rest of the source. */
async function* prepend(first: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/**
 * The bytes of a posted log, decompressed when the body is gzip (by Content-Encoding, by
 * Content-Type, or by the gzip magic bytes — browsers drop a `.gz` file with no useful type).
 * Limits are enforced while streaming, so a large upload is refused without being held in memory.
 * On Node, pass the request stream as `incoming`: read directly, a body costs a fraction of what
 * the Fetch body's web stream over it costs (which was more than scanning a 100 KB log).
 */
export async function logBytes(request: Request, limits: LogBodyLimits, incoming?: IncomingMessage): Promise<LogBody> {
  const header = (name: string): string | undefined => {
    const value = incoming ? incoming.headers[name] : request.headers.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const contentType = header('content-type');
  checkLogContentType(contentType);
  const declared = Number(header('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limits.maxBodyBytes) throw tooLarge('the request body', limits.maxBodyBytes);
  const encoding = (header('content-encoding') ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip' && encoding !== 'x-gzip') {
    throw new ApiError(415, 'unsupported_media_type', `Content-Encoding ${JSON.stringify(encoding.slice(0, 40))} is not supported; use gzip`);
  }
  const empty: LogBody = { chunks: (async function* () {})(), size: 0 };
  let raw: AsyncGenerator<Uint8Array>;
  if (incoming) raw = limitedNode(incoming, limits.maxBodyBytes);
  else if (request.body) raw = limited(request.body, limits.maxBodyBytes);
  else return empty;
  const first = await raw.next();
  if (first.done) return empty;
  const body = prepend(first.value, raw);
  const magic = first.value.byteLength >= 2 && first.value[0] === 0x1f && first.value[1] === 0x8b;
  const gzip = encoding !== 'identity' || GZIP_TYPES.test(contentType ?? '') || magic;
  if (gzip) return { chunks: gunzipped(body, limits.maxLogBytes), size: null };
  return { chunks: counted(body, limits.maxLogBytes), size: Number.isFinite(declared) ? declared : null };
}

export interface LogBody {
  chunks: AsyncIterable<Uint8Array>;
  /** Bytes of log the body declares (Content-Length of a body that is not gzip); null when unknown until read. */
  size: number | null;
}
