/**
 * The schemas of the scanner's hand-made knowledge in data/: the context words (SDK markers, cue
 * words, decoys) and the diagnosis rules. `npm run build` validates both files against them and
 * publishes them as JSON Schema in schema/, as it does the catalog's; the scanner only reads the
 * files (knowledge.ts), so zod is not loaded to scan a log.
 */
import { z } from 'zod';

const why = z.string().min(1);
const words = z.array(z.string().min(1));
/** Words by the kind of quantity they announce (`size`, `duration`, …). */
const wordsByKind = z.record(z.string(), words);

export const ContextWordsSchema = z
  .object({
    formatVersion: z.literal(1),
    /** Words that say which SDK (or `sdk/module`) a line comes from. */
    markers: z.array(z.object({ targets: z.array(z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/)).min(1), why, words: words.min(1) }).strict()),
    /**
     * Chinese phrases that say which SDK a line comes from (`进房失败` is TRTC's): looked for, as bytes,
     * on a line that holds a candidate, since the tokenizer's word table is ASCII.
     */
    cjkMarkers: z.array(z.object({ targets: z.array(z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/)).min(1), why, words: words.min(1) }).strict()),
    /** Words that introduce a code; `classes` says which announce an error and which an event. */
    cues: z.object({ why, strong: words, weak: words, cjk: words, classes: z.object({ why, error: words, event: words }).strict() }).strict(),
    /** Other players and frameworks whose own short error numbers collide with these SDKs' codes. */
    foreignMarkers: z.object({ why, words }).strict(),
    /** System calls whose failure prints an errno (a small decimal up to `maxValue`), not an SDK code. */
    errno: z.object({ why, maxValue: z.number().int().positive(), syscalls: words }).strict(),
    /** Words after which a number is a quantity, an address or an identifier (`cjk`: glued before or after it). */
    decoys: z
      .object({ why, before: wordsByKind, line: wordsByKind, units: wordsByKind, cjk: z.object({ why, before: words, after: words }).strict() })
      .strict(),
    /**
     * SDKs whose negative errors are often posted without their sign (`错误码3301` for TRTC's -3301):
     * in an input that names one of them, an unsigned number of at least `minValue` that is exactly
     * one of its negative errors reads as that error, the sign missing.
     */
    signDropped: z.object({ why, sdks: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1), minValue: z.number().int().positive() }).strict(),
    /**
     * When a code only an SDK header defines may be read from a small number: `sdk` (or
     * `sdk/module`) names whose evidence counts, `surfacedBy` the SDKs whose apps print another
     * SDK's codes, `ownMarkerModules` the modules that need a marker of their own.
     */
    headerOnlyEvidence: z
      .object({
        why,
        maxValue: z.number().int().positive(),
        surfacedBy: z.record(z.string().regex(/^[a-z0-9-]+$/), z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1)),
        ownMarkerModules: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)),
      })
      .strict(),
    /** Values never reported (0 is success everywhere). */
    ignoredValues: z.object({ why, values: z.array(z.string().regex(/^-?[0-9]+$/)) }).strict(),
  })
  .strict();

/** A code reference: an entry id (`aws-kvs/STATUS_*`) or a name, `*` for any run of characters. */
const codes = z.array(z.string().min(1)).min(1);

const ruleBase = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(1),
  explanation: z.string().min(1),
  /** The rule's own advice, each with the document line it rests on. */
  advice: z.array(z.object({ text: z.string().min(1), source: z.object({ file: z.string().regex(/^sources\//), line: z.number().int().positive() }).strict() }).strict()),
  /** What in the documents the rule rests on. */
  why,
};

export const RuleSpecSchema = z.discriminatedUnion('kind', [
  /** Fires on any of the codes. */
  z.object({ ...ruleBase, kind: z.literal('any'), codes }).strict(),
  /** Fires when the codes occur at least `min` times. */
  z.object({ ...ruleBase, kind: z.literal('repeated'), codes, min: z.number().int().min(1) }).strict(),
  /** Fires when the steps occur in order; a `resetBy` code starts over. */
  z
    .object({ ...ruleBase, kind: z.literal('sequence'), steps: z.array(z.object({ codes, min: z.number().int().min(1).optional() }).strict()).min(2), resetBy: codes.optional() })
    .strict(),
  /** Fires when one of the codes is the last of the codes in `scope`. */
  z.object({ ...ruleBase, kind: z.literal('last'), codes, scope: codes }).strict(),
]);

export const RulesFileSchema = z
  .object({
    formatVersion: z.literal(1),
    $comment: z.string().optional(),
    rules: z.array(RuleSpecSchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `rule id "${r.id}" is used twice` });
      seen.add(r.id);
    });
  });

export type ContextWords = z.infer<typeof ContextWordsSchema>;
export type RuleSpec = z.infer<typeof RuleSpecSchema>;
export type RulesFile = z.infer<typeof RulesFileSchema>;
