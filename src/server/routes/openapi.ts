import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Representation } from '../catalog-export.js';
import { etagOf } from '../etag.js';
import { packageVersion } from '../paths.js';
import { sendRepresentation } from '../representation.js';

export interface DocumentedLimits {
  maxBodyBytes: number;
  maxLogBytes: number;
}

/**
 * GET /openapi.json: generated from the same route schemas that validate requests, so the document
 * cannot drift from what the server accepts. Built on first request, after every route exists.
 */
export function openApiRoute(app: OpenAPIHono, limits: DocumentedLimits): void {
  let doc: Representation | null = null;
  app.get('/openapi.json', (c) => {
    if (!doc) {
      const text = JSON.stringify(
        app.getOpenAPI31Document({
          openapi: '3.1.0',
          info: {
            title: 'avcodes',
            version: packageVersion(),
            description:
              'Identify streaming-SDK error and event codes (AWS Kinesis Video Streams, Alibaba ApsaraVideo Player, ' +
              'Tencent LVB/LiteAV and ILVB) in any notation, and explain logs that contain them. ' +
              'Every error is JSON `{ "error": { "code", "message" } }`: a 4xx for bad input, 503 with `Retry-After` when the server is scanning as many logs as it can and its queue is full. ' +
              'The GET API answers `Access-Control-Allow-Origin: *`; a cross-site browser POST gets 403 unless its origin was allowed with `avcodes serve --cors-origin`. ' +
              `Request bodies over ${limits.maxBodyBytes} bytes, or logs over ${limits.maxLogBytes} bytes once decompressed, get 413.`,
            license: { name: 'MIT' },
          },
          tags: [
            { name: 'codes', description: 'Look codes up, search and list them' },
            { name: 'logs', description: 'Find and explain the codes in a log' },
            { name: 'catalog', description: 'The whole catalog, for other systems to load' },
            { name: 'service', description: 'Health' },
          ],
        }),
        null,
        2,
      );
      const body = new TextEncoder().encode(text);
      doc = { body, gzip: null, etag: etagOf(body), contentType: 'application/json; charset=utf-8' };
    }
    return sendRepresentation(c, doc, 'public, no-cache');
  });
}
