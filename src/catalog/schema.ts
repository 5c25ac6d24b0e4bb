import { z } from 'zod';
import { WRITTEN_NOTATIONS } from '../notation/written.js';

/** Bumped when a field changes meaning or disappears; adding a field does not bump it. */
export const CATALOG_FORMAT_VERSION = 1;

export const KINDS = ['error', 'warning', 'event', 'info'] as const;
export const CATEGORIES = [
  'network',
  'auth',
  'storage/memory',
  'media/codec',
  'state/usage',
  'configuration/limits',
  'service/backend',
  'device',
  'internal',
  'lifecycle',
] as const;
export const RECOVERIES = ['sdk-retries', 'retry', 'fix-configuration', 'fix-code', 'contact-vendor', 'none'] as const;

const decimalString = z.string().regex(/^-?[0-9]+$/, 'a decimal integer as a string');

export const SourceRefSchema = z.object({
  sourceId: z.string(),
  file: z.string(),
  line: z.number().int().positive(),
  section: z.string(),
  edition: z.string(),
  /** `document` explains a code; `sdk-definition` says the SDK defines it (name = value). */
  sourceKind: z.enum(['document', 'sdk-definition']),
  /** The code and name exactly as this source writes them. */
  codeAsWritten: z.string(),
  nameAsWritten: z.string(),
  /** How strong the source is: a vendor document, an SDK header, a decompiled SDK, or an unattributed header copy. */
  evidence: z.enum(['document', 'sdk-header', 'decompiled-sdk', 'unattributed-copy']),
  /** For SDK definitions: where the definition was read (`owner/repo:path@commit`). */
  definedIn: z.string().optional(),
  /** For SDK definitions: the 1-based line of the definition in `definedIn` at that commit. */
  definedLine: z.number().int().positive().optional(),
  /** For SDK definitions: the SDK's own comment for the code, verbatim, and its language. */
  sdkText: z.string().optional(),
  sdkTextLang: z.enum(['zh', 'en']).optional(),
  /** Beside a Chinese `sdkText`: the SDK's own English comment for the same code, when the source has both. */
  sdkTextEn: z.string().optional(),
});

export const MisprintSchema = z.object({
  /** The value as a source prints it, e.g. `0x150000010` or `0x01000001`. */
  literal: z.string(),
  value: decimalString,
  /** `misprint`: a typo the errata correct; `document-value`: a document value the SDK does not emit;
   * `sdk-value`: the value a weaker SDK source (decompiled, unattributed copy) gives where a document disagrees;
   * `former-value`: the value an earlier SDK release gave the same name (logs of old builds print it). */
  reason: z.enum(['misprint', 'document-value', 'sdk-value', 'former-value']),
  file: z.string(),
  line: z.number().int().positive(),
});

export const EntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+\/[A-Za-z0-9_]+$/),
  vendor: z.string(),
  sdk: z.string(),
  product: z.string(),
  module: z.string(),
  /** As the SDK spells it: upper-case constants, or an enum's camel case (`TXDownloadAuthFaild`). */
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
  /** True where the document gives no name for the code (Tencent server tables, restored lost rows). */
  generatedName: z.boolean(),
  /** Where the name comes from when no document row gives it. */
  nameOrigin: z.enum(['document', 'generated', 'errata', 'sdk']),
  aliases: z.array(z.string()),
  value: decimalString,
  hex: z.string().regex(/^0x[0-9a-f]{8,16}$/),
  /** Values printed for this code that are not its value (misprints, document values the SDK does not emit); lookup finds the entry by them. */
  misprints: z.array(MisprintSchema),
  /** True when at least one vendor document states this code; false for codes known only from SDK definitions. */
  documented: z.boolean(),
  summary: z.string(),
  description: z.string(),
  action: z.string(),
  kind: z.enum(KINDS),
  category: z.enum(CATEGORIES),
  recovery: z.enum(RECOVERIES),
  /** Which rule or override decided kind/category/recovery: lets a reviewer trace a classification. */
  classifiedBy: z.object({ kind: z.string(), category: z.string(), recovery: z.string() }),
  sources: z.array(SourceRefSchema).min(1),
  errata: z.array(z.object({ id: z.string(), kind: z.string(), note: z.string() })),
  history: z.array(z.object({ edition: z.string(), field: z.string(), was: z.string() })),
  notes: z.array(z.string()),
});

/**
 * One SDK family of the registry (sources/manifest.json `sdks`): what every command, route, page
 * filter and generator knows about an SDK. The catalog carries it so a consumer needs nothing else.
 */
export const SdkSchema = z
  .object({
    /** The id entries carry in `sdk` (`aws-kvs`). */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    vendor: z.string(),
    product: z.string(),
    /** Short display name (`AWS Kinesis Video Streams`). */
    name: z.string().min(1),
    /** Other names users type for it (`kvs`, `alibaba`, `lvb`), lower case. */
    aliases: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)),
    /** The export name of its typed constants (`KvsStatus`). */
    constantsName: z.string().regex(/^[A-Z][A-Za-z0-9]*$/),
    /** How its codes are usually shown, first the preferred one (KVS `hex`; Alibaba `hex-no-prefix` then `decimal`). */
    notations: z.array(z.enum(WRITTEN_NOTATIONS)).min(1),
  })
  .strict();

export const CatalogSchema = z.object({
  formatVersion: z.literal(CATALOG_FORMAT_VERSION),
  sources: z.array(
    z.object({ id: z.string(), file: z.string(), kind: z.string(), vendor: z.string(), sdk: z.string(), product: z.string(), title: z.string(), edition: z.string(), sha256: z.string() }),
  ),
  entries: z.array(EntrySchema),
  /** The SDK registry, one record per SDK that has entries, by id. Catalogs older than the registry lack it. */
  sdks: z.array(SdkSchema).optional(),
});

export type Misprint = z.infer<typeof MisprintSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Entry = z.infer<typeof EntrySchema>;
export type Catalog = z.infer<typeof CatalogSchema>;
export type Sdk = z.infer<typeof SdkSchema>;
export type Kind = (typeof KINDS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Recovery = (typeof RECOVERIES)[number];
