import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerDeps } from '../deps.js';
import { badRequest, sdkParam, vendorParam } from '../schemas.js';

export const LookupResultSchema = z
  .object({
    query: z.string(),
    readings: z.array(z.object({}).passthrough()).openapi({ description: 'Every way the query can be read: hex, decimal, 32-bit twins, a name…' }),
    matches: z.array(z.object({}).passthrough()).openapi({ description: 'Entry fields plus the `reading` that found it, ranked; empty for an unknown code.' }),
  })
  .passthrough()
  .openapi('LookupResult');

const route = createRoute({
  method: 'get',
  path: '/api/v1/lookup',
  tags: ['codes'],
  summary: 'Every reading of a code or name, and what each one matches (as `avcodes <q> --json`)',
  request: {
    query: z.object({
      q: z.string().min(1).max(1000).openapi({ description: 'A code in any notation or a symbolic name.', example: '0x5200002e' }),
      vendor: vendorParam,
      sdk: sdkParam,
    }),
  },
  responses: {
    200: { description: 'The readings and matches; `matches` is empty for an unknown code', content: { 'application/json': { schema: LookupResultSchema } } },
    400: badRequest,
  },
});

export function lookupRoutes(app: OpenAPIHono, deps: ServerDeps): void {
  app.openapi(route, (c) => {
    const { q, vendor, sdk } = c.req.valid('query');
    return c.json(deps.lookup(q, { vendor, sdk }) as z.infer<typeof LookupResultSchema>, 200);
  });
}
