import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerDeps } from '../deps.js';
import { logBytes, type LogBodyLimits } from '../log-body.js';
import { badRequest, errorContent, sdkParam } from '../schemas.js';

export const ScanReportSchema = z
  .object({
    findings: z.array(z.object({}).passthrough()).openapi({ description: 'Each code found: line, column, text, entry (or null), alternatives, confidence.' }),
    summary: z.object({}).passthrough().openapi({ description: 'Counts per code, first and last occurrence, the ordered events.' }),
    diagnosis: z.array(z.object({}).passthrough()).openapi({ description: 'What the sequence of codes means, with the codes and lines it rests on.' }),
  })
  .passthrough()
  .openapi('ScanReport');

const route = createRoute({
  method: 'post',
  path: '/api/v1/scan',
  tags: ['logs'],
  summary: 'Find, identify and diagnose every SDK code in a log (as `avcodes scan --format json`)',
  request: {
    query: z.object({
      sdk: sdkParam.openapi({ description: 'Force an SDK context, as `avcodes scan --sdk`.', example: 'tencent-lvb' }),
      minConfidence: z.coerce.number().min(0).max(1).optional().openapi({ description: 'Drop findings below this confidence (0–1).', example: 0.5 }),
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
    200: { description: 'Findings, summary and diagnosis', content: { 'application/json': { schema: ScanReportSchema } } },
    400: badRequest,
    413: { description: 'The body or the decompressed log is over the limit', content: errorContent },
    415: { description: 'Not a log: send text/plain or application/gzip', content: errorContent },
  },
});

export function scanRoutes(app: OpenAPIHono, deps: ServerDeps, limits: LogBodyLimits): void {
  app.openapi(route, async (c) => {
    const { sdk, minConfidence } = c.req.valid('query');
    const log = await logBytes(c.req.raw, limits);
    const report = await deps.scan(log, { sdk, minConfidence });
    return c.json(report as z.infer<typeof ScanReportSchema>, 200);
  });
}
