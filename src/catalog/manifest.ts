import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KINDS, SdkSchema } from './schema.js';
import { AvcodesError } from '../errors.js';

const ROLES = ['code', 'name', 'summary', 'description', 'action', 'decimal'] as const;
export type Role = (typeof ROLES)[number];

const SectionSchema = z.object({
  match: z.string(),
  /** Ordinal of the heading in the file, where the same heading text occurs twice. */
  index: z.number().int().optional(),
  module: z.string(),
  kind: z.enum(KINDS).optional(),
  generatedNamePrefix: z.string().optional(),
});

const SourceSchema = z.object({
  id: z.string(),
  file: z.string(),
  kind: z.enum(['document', 'sdk-definitions']),
  vendor: z.string(),
  sdk: z.string(),
  product: z.string(),
  title: z.string(),
  edition: z.string(),
  /** Higher wins when two editions of one reference state the same code. */
  editionRank: z.number().int(),
  format: z.string(),
  importer: z.enum(['markdown-table', 'kvs-plain-text', 'lvb-event-list']),
  codeNotation: z.enum(['hex', 'hex-no-prefix', 'signed-decimal']),
  summaryStripPrefix: z.string().optional(),
  columns: z.record(z.string(), z.enum(ROLES)),
  sections: z.array(SectionSchema),
});

const EVIDENCE = ['sdk-header', 'decompiled-sdk', 'unattributed-copy'] as const;

/**
 * A routing rule: SDK definitions whose name (and optionally `defined_in` and the value as the
 * table's value column writes it) match belong to this SDK and module. `formerValue` marks rows read from an earlier SDK
 * release: their value is an older reading of a name the current headers define, not a new code.
 * `formerName` marks names of an earlier release: where the current headers give the same value
 * another name, the old name becomes that entry's alias; otherwise it is a code of its own.
 */
const RouteSchema = z
  .object({
    name: z.string(),
    definedIn: z.string().optional(),
    value: z.string().optional(),
    formerValue: z.literal(true).optional(),
    formerName: z.literal(true).optional(),
    sdk: z.string(),
    module: z.string(),
  })
  .strict();

const DefinitionsSchema = z
  .object({
    id: z.string(),
    file: z.string(),
    kind: z.literal('sdk-definitions'),
    title: z.string(),
    edition: z.string(),
    format: z.string(),
    importer: z.literal('definitions-tsv'),
    /** The column holding the value the SDK emits, and how it is written. */
    valueColumn: z.string(),
    valueNotation: z.enum(['hex', 'signed-decimal']),
    /** A second column with the same value in hex, cross-checked against valueColumn. */
    hexColumn: z.string().optional(),
    evidenceColumn: z.string().optional(),
    defaultEvidence: z.enum(EVIDENCE).optional(),
    routes: z.array(RouteSchema).min(1),
  })
  .strict();

const ManifestSchema = z
  .object({
    formatVersion: z.literal(1),
    /** The SDK registry: every SDK id (including SDKs known only from definitions) with its vendor, names and notation. */
    sdks: z.record(z.string(), SdkSchema.omit({ id: true })),
    sources: z.array(SourceSchema).min(1),
    definitions: z.array(DefinitionsSchema),
  })
  .superRefine((m, ctx) => {
    // A name users type must lead to one SDK: an alias is never another SDK's id or alias.
    const owner = new Map(Object.keys(m.sdks).map((id) => [id, id]));
    for (const [id, sdk] of Object.entries(m.sdks)) {
      sdk.aliases.forEach((alias, i) => {
        const taken = owner.get(alias);
        if (taken !== undefined && taken !== id) ctx.addIssue({ code: 'custom', path: ['sdks', id, 'aliases', i], message: `alias "${alias}" already names ${taken}` });
        owner.set(alias, id);
      });
    }
    m.sources.forEach((s, i) => {
      if (!(s.sdk in m.sdks)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'sdk'], message: `sdk "${s.sdk}" is not in sdks` });
    });
    m.definitions.forEach((d, i) =>
      d.routes.forEach((r, j) => {
        if (!(r.sdk in m.sdks)) ctx.addIssue({ code: 'custom', path: ['definitions', i, 'routes', j, 'sdk'], message: `sdk "${r.sdk}" is not in sdks` });
      }),
    );
  });

export type ManifestDefinitions = z.infer<typeof DefinitionsSchema>;
export type Evidence = (typeof EVIDENCE)[number];

export type ManifestSource = z.infer<typeof SourceSchema>;
export type ManifestSection = z.infer<typeof SectionSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;

export function loadManifest(root: string): Manifest {
  const path = join(root, 'sources', 'manifest.json');
  const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new AvcodesError('invalid_data', `sources/manifest.json: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The manifest section a heading belongs to; the build fails on a heading no section claims. */
export function sectionFor(source: ManifestSource, heading: string, index: number): ManifestSection | null {
  return source.sections.find((s) => heading.includes(s.match) && (s.index === undefined || s.index === index)) ?? null;
}
