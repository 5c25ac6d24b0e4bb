import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerDeps } from '../deps.js';

const HealthSchema = z
  .object({
    status: z.literal('ok'),
    entries: z.number().int().openapi({ description: 'Codes in the loaded catalog.' }),
    formatVersion: z.number().int(),
  })
  .openapi('Health');

const route = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['service'],
  summary: 'Liveness and readiness: the catalog is loaded',
  responses: {
    200: { description: 'The server is up with its catalog', content: { 'application/json': { schema: HealthSchema } } },
  },
});

export function healthRoutes(app: OpenAPIHono, deps: ServerDeps): void {
  const body = { status: 'ok' as const, entries: deps.catalog.entries.length, formatVersion: deps.catalog.formatVersion };
  app.openapi(route, (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(body, 200);
  });
}
