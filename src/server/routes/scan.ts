import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { CATEGORIES, KINDS } from '../../catalog/schema.js';
import { WRITTEN_NOTATIONS } from '../../notation/written.js';
import type { ServerDeps } from '../deps.js';
import { logBytes, type LogBodyLimits } from '../log-body.js';
import { badRequest, errorContent, sdkParam } from '../schemas.js';

const nullableString = z.string().nullable();
const OccurrenceSchema = z.object({ file: nullableString, line: z.number().int(), timestamp: nullableString });
const EntryRefSchema = z
  .object({
    id: z.string(),
    vendor: z.string(),
    sdk: z.string(),
    module: z.string(),
    name: z.string(),
    value: z.string(),
    hex: z.string(),
    kind: z.enum(KINDS),
    category: z.enum(CATEGORIES),
    documented: z.boolean(),
    summary: z.string(),
  })
  .openapi('EntryRef');

const FindingSchema = z
  .object({
    file: nullableString,
    line: z.number().int(),
    column: z.number().int().openapi({ description: '1-based, in characters.' }),
    text: z.string().openapi({ description: 'The code exactly as the log writes it.' }),
    notation: z.enum([...WRITTEN_NOTATIONS, 'name']),
    timestamp: nullableString.openapi({ description: "The line's own timestamp, as written." }),
    entry: EntryRefSchema.nullable().openapi({ description: 'Null for a code-shaped value that no entry has.' }),
    reading: z.enum(['value', 'twin', 'misprint', 'as-written', 'name']).nullable(),
    alternatives: z.array(z.object({ id: z.string(), name: z.string(), sdk: z.string(), reading: z.string(), score: z.number() })),
    confidence: z.number().min(0).max(1),
    context: z.object({ cue: nullableString, sdkFrom: z.enum(['line', 'file', 'forced']).nullable(), lineSdks: z.array(z.string()) }),
    structure: nullableString.openapi({ description: 'For an unknown code: what its shape says.' }),
  })
  .openapi('Finding');

const SummarySchema = z
  .object({
    files: z.array(z.string()),
    lines: z.number().int(),
    bytes: z.number().int(),
    findings: z.number().int(),
    codes: z.array(z.object({ key: z.string(), entry: EntryRefSchema.nullable(), text: z.string(), count: z.number().int(), first: OccurrenceSchema, last: OccurrenceSchema })),
    timeline: z.array(z.object({ key: z.string(), name: z.string(), count: z.number().int(), first: OccurrenceSchema, last: OccurrenceSchema })),
    timelineTruncated: z.boolean(),
  })
  .openapi('ScanSummary');

const DiagnosisSchema = z
  .object({
    rule: z.string(),
    title: z.string(),
    explanation: z.string(),
    evidence: z.array(z.object({ id: z.string(), name: z.string(), hex: z.string(), value: z.string(), count: z.number().int(), at: z.array(OccurrenceSchema) })),
    actions: z.array(z.object({ id: nullableString, text: z.string(), source: z.string() })),
    why: z.string(),
  })
  .openapi('Diagnosis');

export const ScanReportSchema = z
  .object({
    findings: z.array(FindingSchema).openapi({ description: 'Each code found, in log order.' }),
    summary: SummarySchema,
    diagnoses: z.array(DiagnosisSchema).openapi({ description: 'What the sequence of codes means, with the codes and lines it rests on and the documents\' actions.' }),
    findingsOmitted: z.number().int().optional().openapi({ description: 'Findings past `maxFindings`, left out of `findings` (the summary counts them).' }),
  })
  .openapi('ScanReport');

const route = createRoute({
  method: 'post',
  path: '/api/v1/scan',
  tags: ['logs'],
  summary: 'Find, identify and diagnose every SDK code in a log (as `avcodes scan --format json`)',
  request: {
    query: z.object({
      sdk: sdkParam.openapi({ description: 'Force an SDK context, as `avcodes scan --sdk`: an SDK id or alias (`GET /api/v1/sdks`), optionally `/module`.', example: 'lvb' }),
      minConfidence: z.coerce.number().min(0).max(1).optional().openapi({ description: 'Drop findings below this confidence (0–1; default 0.5).', example: 0.5 }),
      maxFindings: z.coerce.number().int().min(0).max(100_000).default(10_000).openapi({ description: 'List at most this many findings (0–100000; default 10000).', example: 10_000 }),
    }),
    body: {
      required: true,
      description: 'The log: text, or gzip (by Content-Encoding: gzip, Content-Type: application/gzip, or the gzip magic bytes).',
      content: {
        'text/plain': { schema: z.string() },
        'application/gzip': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
  },
  responses: {
    200: { description: 'Findings, summary and diagnoses', content: { 'application/json': { schema: ScanReportSchema } } },
    400: badRequest,
    413: { description: 'The body or the decompressed log is over the limit', content: errorContent },
    415: { description: 'Not a log: send text/plain or application/gzip', content: errorContent },
  },
});

export function scanRoutes(app: OpenAPIHono, deps: ServerDeps, limits: LogBodyLimits): void {
  app.openapi(route, async (c) => {
    const { sdk, minConfidence, maxFindings } = c.req.valid('query');
    const log = await logBytes(c.req.raw, limits);
    const report = await deps.scan(log, { sdk, minConfidence, maxFindings });
    return c.json(report, 200);
  });
}
