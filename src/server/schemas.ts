import { z } from '@hono/zod-openapi';
import { EntrySchema as CatalogEntrySchema } from '../catalog/schema.js';
import { ErrorBodySchema } from './errors.js';

/** One catalog entry, exactly as in the catalog format (see schema/catalog.schema.json). */
export const EntrySchema = CatalogEntrySchema.openapi('Entry');

/** A search hit or a related code. */
export const ScoredEntrySchema = z
  .object({
    score: z.number().openapi({ description: 'Only comparable within one answer.' }),
    terms: z.array(z.string()).openapi({ description: 'The words that matched.' }),
    entry: EntrySchema,
  })
  .openapi('ScoredEntry');

/** Filters shared by the list, lookup and scan routes; each is resolved loosely (`kvs` → `aws-kvs`). */
export const vendorParam = z
  .string()
  .min(1)
  .max(100)
  .optional()
  .openapi({ description: 'Vendor: `AWS`, `Alibaba Cloud`/`alibaba`, `tencent` (any case).', example: 'aws' });
export const sdkParam = z
  .string()
  .min(1)
  .max(100)
  .optional()
  .openapi({ description: 'An SDK id or alias, as `GET /api/v1/sdks` lists them, or an unambiguous part of an id.', example: 'kvs' });

export const errorContent = { 'application/json': { schema: ErrorBodySchema } };

export const badRequest = { description: 'Invalid parameters', content: errorContent };
export const notFound = { description: 'Unknown code', content: errorContent };
