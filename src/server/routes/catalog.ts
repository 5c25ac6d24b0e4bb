import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { catalogCsv, catalogJson } from '../catalog-export.js';
import type { ServerDeps } from '../deps.js';
import { sendRepresentation } from '../representation.js';
import { EntrySchema } from '../schemas.js';

/** Clients keep their copy and revalidate it with If-None-Match on each use: cheap 304s. */
const CACHE_CONTROL = 'public, no-cache';

const conditionalHeaders = z.object({
  'if-none-match': z.string().optional().openapi({ description: 'An ETag from an earlier answer; 304 when it is current.' }),
});

const notModified = { description: 'The copy with this ETag is current', headers: { ETag: { schema: { type: 'string' as const } } } };

const jsonRoute = createRoute({
  method: 'get',
  path: '/api/v1/catalog.json',
  tags: ['catalog'],
  summary: 'The whole catalog as JSON, for loading as a dictionary',
  request: { headers: conditionalHeaders },
  responses: {
    200: {
      description: 'The catalog as `avcodes export --format json` writes it; gzip when accepted',
      headers: { ETag: { schema: { type: 'string' } } },
      content: {
        'application/json': {
          schema: z.object({ formatVersion: z.number().int(), entries: z.array(EntrySchema) }),
        },
      },
    },
    304: notModified,
  },
});

const csvRoute = createRoute({
  method: 'get',
  path: '/api/v1/catalog.csv',
  tags: ['catalog'],
  summary: 'The whole catalog as CSV (RFC 4180, header row, lists joined with " | ")',
  request: { headers: conditionalHeaders },
  responses: {
    200: {
      description: 'One row per entry',
      headers: { ETag: { schema: { type: 'string' } } },
      content: { 'text/csv': { schema: z.string() } },
    },
    304: notModified,
  },
});

export function catalogRoutes(app: OpenAPIHono, deps: ServerDeps): void {
  // Serialised once: the catalog does not change while the process runs.
  const json = catalogJson(deps.catalog);
  const csv = catalogCsv(deps.catalog);
  // The answers are bytes encoded ahead (and 304s), which the route's typed responses cannot express.
  app.openapi(jsonRoute, (c) => sendRepresentation(c, json, CACHE_CONTROL) as never);
  app.openapi(csvRoute, (c) => sendRepresentation(c, csv, CACHE_CONTROL) as never);
}
