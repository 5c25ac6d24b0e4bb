import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';

/** Stable, machine-readable error codes; the message is for people and may change. */
export type ApiErrorCode =
  | 'bad_request'
  | 'invalid_query'
  | 'invalid_body'
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unknown_filter'
  | 'forbidden'
  | 'busy'
  | 'internal';

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not_found' }),
      message: z.string().openapi({ example: 'no code with id "aws-kvs/NO_SUCH_NAME"' }),
    }),
  })
  .openapi('Error');

export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** An error the client caused (or a known server condition); carries its HTTP status and stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    /** Headers the answer carries (Retry-After on 503). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A scan stopped because its client went away: nobody reads the answer, and it is no server fault. */
export class ScanAborted extends ApiError {
  constructor() {
    super(400, 'bad_request', 'the client closed the connection; the scan was stopped');
    this.name = 'ScanAborted';
  }
}

export function errorBody(code: ApiErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: ApiErrorCode, message: string): Response {
  return c.json(errorBody(code, message), status);
}

/** Quotes user input in a message without letting a huge or binary value through. */
export function quote(value: string, max = 80): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, '?');
  return JSON.stringify(clean.length > max ? `${clean.slice(0, max)}…` : clean);
}

/** A short id that ties a 5xx answer to its line in the server's log. */
export function requestId(): string {
  return randomUUID().slice(0, 8);
}

/**
 * The app's one error handler. Client mistakes become 4xx JSON; anything unexpected is logged and
 * answered with a generic 500 that leaks no stack, and the server keeps serving.
 */
export function handleError(err: unknown, c: Context, log: (message: string) => void = console.error): Response {
  if (err instanceof ApiError) {
    for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
    return errorResponse(c, err.status, err.code, err.message);
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    if (status === 413) return errorResponse(c, 413, 'payload_too_large', 'the request body is larger than the server accepts');
    if (status < 500) return errorResponse(c, status, 'bad_request', err.message || 'bad request');
  }
  // A malformed percent-escape in the path or query surfaces as URIError from the router.
  if (err instanceof URIError) return errorResponse(c, 400, 'bad_request', 'the URL contains a malformed percent-escape');
  // The id ties the client's answer to the log line; the stack stays in the log.
  const id = requestId();
  log(`avcodes serve: request ${id}: ${c.req.method} ${c.req.path.slice(0, 200)}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return errorResponse(c, 500, 'internal', `the server failed to answer this request (request id ${id})`);
}
