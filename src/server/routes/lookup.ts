import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerDeps } from '../deps.js';
import { answerJson } from '../json-answer.js';
import type { AnswerCache } from '../answer-cache.js';
import { badRequest, EntrySchema, sdkParam, vendorParam } from '../schemas.js';
import { MisprintSchema } from '../../catalog/schema.js';

const ReadingSchema = z
  .object({
    key: z.string().openapi({ description: '`number:<decimal>` or `name:<NAME>`; matches refer to their reading by it.' }),
    type: z.enum(['number', 'name']),
    value: z.string().optional().openapi({ description: 'For a number: decimal, as a string (values reach 2^64).' }),
    hex: z.string().optional(),
    notations: z.array(z.string()).optional().openapi({ description: 'How the query spells this number: hex, hex-no-prefix, decimal; empty for a twin.' }),
    twinOf: z.object({ kind: z.string(), value: z.string() }).optional().openapi({ description: 'For a two’s-complement twin: which kind, and of which value.' }),
    name: z.string().optional(),
    label: z.string().openapi({ example: 'as hex 0x5200002e = decimal 1375731758' }),
    matches: z.number().int(),
  })
  .openapi('Reading');

const MatchSchema = EntrySchema.extend({
  display: z.string().openapi({ description: "The value as people write it, the SDK's own notation first: `-2301 (0xfffff703)`, `20010001 (536936449)`, `0x5200002e (1375731758)`." }),
  reading: z.string().openapi({ description: 'The key of the reading that found this entry.' }),
  via: z.string().openapi({ description: 'How: value, twin, misprint, name, alias…' }),
  misprint: MisprintSchema.optional().openapi({ description: 'When found by a value a source printed for it.' }),
  score: z.number(),
}).openapi('Match');

export const LookupResultSchema = z
  .object({
    query: z.string(),
    readings: z.array(ReadingSchema).openapi({ description: 'Every way the query can be read, in the order of their best match.' }),
    matches: z.array(MatchSchema).openapi({ description: 'Grouped by reading, best first; empty for an unknown code.' }),
    explanations: z
      .array(
        z.object({
          value: z.string(),
          hex: z.string(),
          sdk: z.string(),
          vendor: z.string(),
          rangeKind: z.string(),
          range: z.string(),
          text: z.string(),
          errno: z.object({ number: z.number().int(), name: z.string().optional(), message: z.string().optional() }).optional(),
          sdkValue: z.string().optional(),
          sdkValueIds: z.array(z.string()).optional(),
        }),
      )
      .openapi({ description: 'When nothing matched: what the shape of the number says (library, range, errno).' }),
    suggestions: z.array(z.string()).openapi({ description: 'When nothing matched a name: catalog names a few edits away.' }),
  })
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
      kind: z.string().min(1).max(40).optional().openapi({ description: 'Only this kind: error, warning, event, info.', example: 'error' }),
      context: z.string().min(1).max(100).optional().openapi({ description: 'The SDK or vendor you are in: its matches rank first.', example: 'kvs' }),
    }),
  },
  responses: {
    200: { description: 'The readings and matches; `matches` is empty for an unknown code', content: { 'application/json': { schema: LookupResultSchema } } },
    400: badRequest,
  },
});

export function lookupRoutes(app: OpenAPIHono, deps: ServerDeps, cache: AnswerCache | null): void {
  app.openapi(route, (c) => {
    const { q, ...filter } = c.req.valid('query');
    // Misuse (a query that is no code, an unknown filter) throws: only answers are cached.
    return answerJson(c, deps.lookup(q, filter), cache);
  });
}
