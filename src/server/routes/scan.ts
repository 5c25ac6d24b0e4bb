import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { CATEGORIES, KINDS } from '../../catalog/schema.js';
import type { HttpBindings } from '@hono/node-server';
import type { TypedResponse } from 'hono';
import { WRITTEN_NOTATIONS } from '../../notation/written.js';
import type { ServerDeps } from '../deps.js';
import { ScanAborted } from '../errors.js';
import { DEFAULT_TIMELINE_STEPS, MAX_LISTED_FINDINGS } from '../scan-job.js';
import type { ScanGate } from '../scan-gate.js';
import { JSON_HEADERS, securedResponse } from '../security.js';
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
    reading: z.enum(['value', 'twin', 'misprint', 'as-written', 'sign-dropped', 'name']).nullable(),
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
    findings: z.array(FindingSchema).openapi({ description: 'The first codes found, in log order: 100 by default, all (up to 100000) with `?findings=all`.' }),
    findingsTotal: z.number().int().openapi({ description: 'Every finding the scan counted, listed or not.' }),
    truncated: z.boolean().openapi({ description: 'True when `findings` lists fewer than `findingsTotal`.' }),
    summary: SummarySchema,
    diagnoses: z.array(DiagnosisSchema).openapi({ description: 'What the sequence of codes means, with the codes and lines it rests on and the documents\' actions.' }),
    findingsOmitted: z.number().int().optional().openapi({ description: 'When truncated: findingsTotal minus the findings listed (the summary counts them).' }),
  })
  .openapi('ScanReport');

const DEFAULT_LISTED_FINDINGS = 100;

type ScanReport = z.infer<typeof ScanReportSchema>;

const route = createRoute({
  method: 'post',
  path: '/api/v1/scan',
  tags: ['logs'],
  summary: 'Find, identify and diagnose every SDK code in a log (as `avcodes scan --format json`)',
  request: {
    query: z.object({
      sdk: sdkParam.openapi({ description: 'Force an SDK context, as `avcodes scan --sdk`: an SDK id or alias (`GET /api/v1/sdks`), optionally `/module`.', example: 'lvb' }),
      minConfidence: z.coerce.number().min(0).max(1).optional().openapi({ description: 'Drop findings below this confidence (0–1; default 0.5).', example: 0.5 }),
      findings: z
        .union([z.literal('all'), z.coerce.number().int().min(0).max(MAX_LISTED_FINDINGS)])
        .default(DEFAULT_LISTED_FINDINGS)
        .openapi({
          description: `Findings to list: a number (0–${MAX_LISTED_FINDINGS}, default ${DEFAULT_LISTED_FINDINGS}) or \`all\` (up to ${MAX_LISTED_FINDINGS}, and the whole timeline the scanner kept instead of its first ${DEFAULT_TIMELINE_STEPS} steps). The summary and diagnoses always count every finding; \`truncated\` says whether the list is complete.`,
          example: 'all',
        }),
    }),
    body: {
      required: true,
      description: 'The log: text (any text/* type, application/octet-stream, or curl\'s default application/x-www-form-urlencoded, taken verbatim), or gzip (by Content-Encoding: gzip, Content-Type: application/gzip, or the gzip magic bytes).',
      content: {
        'text/plain': { schema: z.string() },
        'application/gzip': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
  },
  responses: {
    200: { description: 'Summary and diagnoses, with the first findings (or all of them on request)', content: { 'application/json': { schema: ScanReportSchema } } },
    400: badRequest,
    413: { description: 'The body or the decompressed log is over the limit', content: errorContent },
    403: { description: 'A cross-site browser request (by Origin or Sec-Fetch-Site); allow an origin with `avcodes serve --cors-origin`', content: errorContent },
    415: { description: 'Not a log: send text/plain or application/gzip', content: errorContent },
    503: {
      description: 'As many scans as the server runs at once are in progress and the queue is full; retry after `Retry-After` seconds',
      headers: z.object({ 'Retry-After': z.string().openapi({ example: '2' }) }),
      content: errorContent,
    },
  },
});

export function scanRoutes(app: OpenAPIHono, deps: ServerDeps, limits: LogBodyLimits, gate: ScanGate): void {
  app.openapi(route, async (c) => {
    const { sdk, minConfidence, findings } = c.req.valid('query');
    // Refused at once when full, before a byte of the body is read.
    const signal = c.req.raw.signal;
    const release = await gate.enter(signal);
    try {
      const log = await logBytes(c.req.raw, limits, (c.env as Partial<HttpBindings> | undefined)?.incoming);
      const everything = findings === 'all';
      const json = await deps.scan(log.chunks, {
        logBytes: log.size,
        sdk,
        minConfidence,
        listFindings: everything ? MAX_LISTED_FINDINGS : findings,
        timelineSteps: everything ? Number.MAX_SAFE_INTEGER : DEFAULT_TIMELINE_STEPS,
        signal,
      });
      return securedResponse(json, 200, JSON_HEADERS) as Response & TypedResponse<ScanReport, 200, 'json'>;
    } catch (err) {
      // Whatever the body reader threw once the client left, the reason is that it left.
      if (signal.aborted) throw new ScanAborted();
      throw err;
    } finally {
      release();
    }
  });
}
