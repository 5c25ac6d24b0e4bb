import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFECT_KINDS, type Defect } from './defects.js';
import { AvcodesError } from '../errors.js';

const LineSpec = z.union([z.number().int().positive(), z.string().regex(/^\d+-\d+$/)]);

/** What the build does about a defect; absent means "keep what the document says". */
const FixSchema = z
  .object({
    /** line → the literal the code should have been. The printed one stays findable as a misprint. */
    value: z.record(z.string(), z.string()),
    /** The name cell holds `NAME description`: split at the first blank. */
    splitName: z.literal(true),
    /** The name column holds the code; generate a name from the section's prefix and the value. */
    nameCellIsCode: z.literal(true),
    /** orphan line → the row it belongs to; consecutive lines with one value become one row. */
    restore: z.record(z.string(), z.object({ value: z.string(), name: z.string() })),
    /** The orphan line continues the description of the row above it. */
    appendToPrevious: z.literal(true),
    /** Remove markdown backslash escapes from the row's text cells (`\~` → `~`). */
    unescapeText: z.literal(true),
    /**
     * The row's text is damaged in this edition and whole in an older one: the entry keeps the older
     * edition's wording (with a note saying so) and the damaged text goes to its history.
     */
    keepOlderText: z.literal(true),
    /** line → the name the code gets; the printed name stays as an alias. */
    rename: z.record(z.string(), z.string().regex(/^[A-Z][A-Z0-9_]*$/)),
  })
  .partial()
  .strict();

const ErratumSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(DEFECT_KINDS),
    file: z.string(),
    lines: z.array(LineSpec).min(1),
    says: z.string().min(1),
    catalog: z.string().min(1),
    why: z.string().min(1),
    evidence: z.string().optional(),
    fix: FixSchema.optional(),
  })
  .strict();

const ErrataFileSchema = z.object({ formatVersion: z.literal(1), errata: z.array(ErratumSchema) });

export type Erratum = z.infer<typeof ErratumSchema>;
export type Fix = z.infer<typeof FixSchema>;

export function loadErrata(root: string, relPath = 'data/errata.json'): Erratum[] {
  const parsed = ErrataFileSchema.safeParse(JSON.parse(readFileSync(join(root, relPath), 'utf8')));
  if (!parsed.success) throw new AvcodesError('invalid_data', `${relPath}: ${z.prettifyError(parsed.error)}`);
  const ids = new Set<string>();
  for (const e of parsed.data.errata) {
    if (ids.has(e.id)) throw new AvcodesError('invalid_data', `${relPath}: erratum id "${e.id}" is used twice`);
    ids.add(e.id);
  }
  return parsed.data.errata;
}

export function expandLines(lines: Erratum['lines']): number[] {
  return lines.flatMap((spec) => {
    if (typeof spec === 'number') return [spec];
    const [a, b] = spec.split('-').map(Number) as [number, number];
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
}

const keyOf = (kind: string, file: string, line: number) => `${kind}|${file}|${line}`;

/**
 * Pairs defects with errata. Every defect must be covered and every erratum line must still
 * match a defect, so neither a new defect nor a stale erratum passes unnoticed.
 */
export class ErrataIndex {
  private readonly byKey = new Map<string, Erratum>();
  private readonly used = new Set<string>();

  constructor(readonly errata: Erratum[]) {
    for (const e of errata) for (const line of expandLines(e.lines)) this.byKey.set(keyOf(e.kind, e.file, line), e);
  }

  match(defect: Defect): Erratum | undefined {
    const key = keyOf(defect.kind, defect.file, defect.line);
    const e = this.byKey.get(key);
    if (e) this.used.add(key);
    return e;
  }

  /** Erratum lines that matched no defect in this build. */
  stale(): string[] {
    return [...this.byKey.entries()].filter(([k]) => !this.used.has(k)).map(([k, e]) => `${e.id}: ${k.replaceAll('|', ' ')}`);
  }
}
