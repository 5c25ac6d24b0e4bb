import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { SdkRegistry } from '../../catalog/registry.js';
import { SdkSchema } from '../../catalog/schema.js';
import type { ServerDeps } from '../deps.js';

const SdksSchema = z
  .object({ sdks: z.array(SdkSchema.openapi('Sdk')).openapi({ description: 'Every SDK of the catalog, by id: what the `sdk` filters and the page offer.' }) })
  .openapi('Sdks');

const route = createRoute({
  method: 'get',
  path: '/api/v1/sdks',
  tags: ['catalog'],
  summary: 'The SDK registry: ids, display names, vendors, aliases, constants names and usual notations',
  responses: {
    200: { description: 'The SDKs the `sdk` parameters take (by id or alias)', content: { 'application/json': { schema: SdksSchema } } },
  },
});

export function sdkRoutes(app: OpenAPIHono, deps: ServerDeps): void {
  const body = { sdks: [...SdkRegistry.of(deps.catalog).sdks] };
  app.openapi(route, (c) => {
    c.header('Cache-Control', 'public, no-cache');
    return c.json(body, 200);
  });
}
