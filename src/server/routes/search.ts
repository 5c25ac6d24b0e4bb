import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerDeps } from '../deps.js';
import { answerJson } from '../json-answer.js';
import type { AnswerCache } from '../answer-cache.js';
import { badRequest, ScoredEntrySchema } from '../schemas.js';

export const SearchResultSchema = z
  .object({
    query: z.string(),
    hits: z.array(ScoredEntrySchema).openapi({ description: 'Entries, best first (as `avcodes search --json`).' }),
  })
  .openapi('SearchResult');

const route = createRoute({
  method: 'get',
  path: '/api/v1/search',
  tags: ['codes'],
  summary: 'Fuzzy full-text search over names, summaries, descriptions and actions',
  request: {
    query: z.object({
      q: z.string().min(1).max(500).openapi({ description: 'Words; typos are tolerated.', example: 'timeout' }),
      limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ description: 'At most this many hits (1–100).', example: 20 }),
    }),
  },
  responses: {
    200: { description: 'Ranked entries', content: { 'application/json': { schema: SearchResultSchema } } },
    400: badRequest,
  },
});

export function searchRoutes(app: OpenAPIHono, deps: ServerDeps, cache: AnswerCache | null): void {
  app.openapi(route, (c) => {
    const { q, limit } = c.req.valid('query');
    return answerJson(c, { query: q, hits: deps.search(q, limit) }, cache);
  });
}
