import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorBody, type ApiErrorCode } from './errors.js';

import { JSON_HEADERS } from './security.js';

/**
 * Errors answered below the app, on the wire: requests the app could not even be handed (no usable
 * Host, a request-target that is no path), and requests Node's HTTP parser rejects itself. They get
 * the same JSON error body and security headers as every other answer.
 */

// A host name, IPv4 or bracketed IPv6 literal, with an optional port (RFC 3986 reg-name, simplified).
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** Why the request cannot be routed (the app builds `http://<Host><target>`), or null when it can. */
export function unroutableReason(req: IncomingMessage): string | null {
  const host = req.headers.host;
  const target = req.url ?? '';
  if (host === undefined || host === '') return 'the request has no Host header';
  if (!HOST.test(host)) return `the Host header ${JSON.stringify(host.slice(0, 80))} is not a host name`;
  if (target.startsWith('/')) {
    // `//x` would be read as a network-path reference; the app wants a path.
    if (target.startsWith('//')) return 'the request-target starts with "//"';
    return null;
  }
  if (target === '*') return 'the request-target "*" is not supported';
  try {
    const url = new URL(target);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `the request-target ${JSON.stringify(target.slice(0, 80))} is not an http URL`;
    return null;
  } catch {
    return `the request-target ${JSON.stringify(target.slice(0, 80))} is not a path or an http URL`;
  }
}

/** Writes a JSON error as a complete response. */
export function writeError(res: ServerResponse, status: number, code: ApiErrorCode, message: string, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(errorBody(code, message));
  res.writeHead(status, { ...JSON_HEADERS, ...extra, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}


const HEADER_LINES = Object.entries(JSON_HEADERS)
  .map(([name, value]) => `${name}: ${value}\r\n`)
  .join('');

function statusOf(code: string | undefined): [number, ApiErrorCode, string] {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return [431, 'bad_request', 'the request headers are too large'];
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, 'bad_request', 'the request took too long to arrive'];
    default:
      return [400, 'bad_request', 'the request is not valid HTTP/1.1'];
  }
}

/**
 * Node's `clientError` hook: answers what its parser rejected (a bad request line, oversized
 * headers, a request that never completes) with a JSON error instead of Node's empty default.
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  // Nothing can be written to a connection the client reset or that already carries an answer.
  if (err.code === 'ECONNRESET' || !socket.writable || (socket as { _httpMessage?: unknown })._httpMessage) {
    socket.destroy();
    return;
  }
  const [status, code, message] = statusOf(err.code);
  const body = JSON.stringify(errorBody(code, message));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${HEADER_LINES}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
