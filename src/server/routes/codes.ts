import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { SourceRefSchema } from '../../catalog/schema.js';
import type { ServerDeps } from '../deps.js';
import { ApiError, quote } from '../errors.js';
import { badRequest, EntrySchema, notFound, ScoredEntrySchema, sdkParam, vendorParam } from '../schemas.js';
import { answerJson } from '../json-answer.js';
import type { AnswerCache } from '../answer-cache.js';
import { SourceText } from '../source-text.js';

// Ids are `<sdk>/<NAME>`, so a code's URL is /api/v1/codes/ followed by its id, slash and all.
const idParams = z.object({
  sdk: z.string().min(1).max(100).openapi({ param: { name: 'sdk', in: 'path' }, example: 'aws-kvs' }),
  name: z.string().min(1).max(200).openapi({ param: { name: 'name', in: 'path' }, example: 'STATUS_STORE_OUT_OF_MEMORY' }),
});

const CodeListSchema = z.object({ count: z.number().int(), entries: z.array(EntrySchema) }).openapi('CodeList');

const CodeSchema = z
  .object({
    entry: EntrySchema,
    related: z.array(ScoredEntrySchema).openapi({ description: 'Entries of other SDKs that mean the same kind of thing, most similar first.' }),
  })
  .openapi('Code');

const SourceExcerptSchema = z
  .object({
    id: z.string(),
    sources: z.array(
      SourceRefSchema.extend({
        lines: z
          .array(z.object({ number: z.number().int(), text: z.string() }))
          .nullable()
          .openapi({ description: 'The cited line with `context` lines either side; null when the file is not available.' }),
      }),
    ),
  })
  .openapi('SourceExcerpt');

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/codes',
  tags: ['codes'],
  summary: 'Entries filtered by vendor, SDK, kind and category (all optional)',
  request: {
    query: z.object({
      vendor: vendorParam,
      sdk: sdkParam,
      kind: z.string().min(1).max(40).optional().openapi({ description: '`error`, `warning`, `event` or `info`.', example: 'error' }),
      category: z.string().min(1).max(40).optional().openapi({ description: 'e.g. `network`, `auth`, `storage/memory`.', example: 'network' }),
    }),
  },
  responses: {
    200: { description: 'The matching entries in catalog order', content: { 'application/json': { schema: CodeListSchema } } },
    400: badRequest,
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/codes/{sdk}/{name}',
  tags: ['codes'],
  summary: 'One entry by id (`<sdk>/<NAME>`), with its related codes',
  request: { params: idParams },
  responses: {
    200: { description: 'The entry', content: { 'application/json': { schema: CodeSchema } } },
    400: badRequest,
    404: notFound,
  },
});

const sourceRoute = createRoute({
  method: 'get',
  path: '/api/v1/codes/{sdk}/{name}/source',
  tags: ['codes'],
  summary: 'The source lines an entry rests on, with the text around each cited line',
  request: {
    params: idParams,
    query: z.object({
      context: z.coerce.number().int().min(0).max(20).default(3).openapi({ description: 'Lines either side of the cited line (0–20).', example: 3 }),
    }),
  },
  responses: {
    200: { description: 'Each source reference with its excerpt', content: { 'application/json': { schema: SourceExcerptSchema } } },
    400: badRequest,
    404: notFound,
  },
});

export function codeRoutes(app: OpenAPIHono, deps: ServerDeps, sourcesRoot: string, cache: AnswerCache | null): void {
  const sources = new SourceText(sourcesRoot);
  const entryOr404 = (sdk: string, name: string) => {
    const id = `${sdk}/${name}`;
    const entry = deps.get(id);
    if (!entry) throw new ApiError(404, 'not_found', `no code with id ${quote(id)}`);
    return entry;
  };

  // A client that escapes the whole id (`aws-kvs%2FSTATUS_X`) is sent to the one canonical URL.
  for (const suffix of ['', '/source']) {
    app.get(`/api/v1/codes/:id${suffix}`, (c) => {
      const id = c.req.param('id');
      const slash = id.indexOf('/');
      if (slash <= 0) throw new ApiError(404, 'not_found', `no code with id ${quote(id)} (ids are <sdk>/<NAME>)`);
      const query = new URL(c.req.url).search;
      const path = `/api/v1/codes/${encodeURIComponent(id.slice(0, slash))}/${encodeURIComponent(id.slice(slash + 1))}${suffix}`;
      return c.redirect(path + query, 308);
    });
  }

  app.openapi(listRoute, (c) => {
    const entries = deps.list(c.req.valid('query'));
    return c.json({ count: entries.length, entries }, 200);
  });

  app.openapi(getRoute, (c) => {
    const { sdk, name } = c.req.valid('param');
    const entry = entryOr404(sdk, name);
    return answerJson(c, { entry, related: deps.related(entry) }, cache);
  });

  app.openapi(sourceRoute, (c) => {
    const { sdk, name } = c.req.valid('param');
    const { context } = c.req.valid('query');
    const entry = entryOr404(sdk, name);
    const refs = entry.sources.map((ref) => ({ ...ref, lines: sources.excerpt(ref.file, ref.line, context) }));
    return c.json({ id: entry.id, sources: refs }, 200);
  });
}
