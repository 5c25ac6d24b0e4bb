import type { HttpBindings } from '@hono/node-server';
import type { Context, TypedResponse } from 'hono';
import { PUBLIC_JSON_HEADERS, securedResponse } from './security.js';
import { answerKey, type AnswerCache } from './answer-cache.js';

/** The request-target as the client sent it (path and query): on Node the raw request line, as the listener sees it. */
function requestUrl(c: Context): string {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  if (incoming?.url !== undefined) return incoming.url;
  const url = new URL(c.req.url);
  return url.pathname + url.search;
}

/**
 * A 200 JSON answer of a route whose answer depends on its URL alone, typed as the route declares
 * it. With a cache, the answer is offered for the next GET that means the same.
 */
export function answerJson<T>(c: Context, value: T, cache: AnswerCache | null): Response & TypedResponse<T, 200, 'json'> {
  const body = JSON.stringify(value);
  if (cache && c.req.method === 'GET') {
    const key = answerKey(requestUrl(c));
    if (key !== null) cache.offer(key, body);
  }
  return securedResponse(body, 200, PUBLIC_JSON_HEADERS) as Response & TypedResponse<T, 200, 'json'>;
}
