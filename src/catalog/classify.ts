import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CATEGORIES, KINDS, RECOVERIES, type Category, type Kind, type Recovery } from './schema.js';
import { AvcodesError } from '../errors.js';

const TEXT_FIELDS = ['name', 'summary', 'description', 'action'] as const;
/** Also readable by a rule that names it: the SDK's own words for the code (its header comments, Chinese or English). */
const RULE_FIELDS = [...TEXT_FIELDS, 'sdkText'] as const;

const RuleSchema = z
  .object({
    id: z.string(),
    set: z.enum(['kind', 'category', 'recovery']),
    value: z.string(),
    /** Conditions, all of which must hold. */
    when: z
      .object({
        sdk: z.array(z.string()).optional(),
        module: z.array(z.string()).optional(),
        kind: z.array(z.enum(KINDS)).optional(),
        category: z.array(z.enum(CATEGORIES)).optional(),
        sectionKind: z.array(z.enum(KINDS)).optional(),
        generatedName: z.boolean().optional(),
        text: z.string().optional(),
        in: z.array(z.enum(RULE_FIELDS)).optional(),
      })
      .strict(),
    why: z.string(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const allowed: readonly string[] = rule.set === 'kind' ? KINDS : rule.set === 'category' ? CATEGORIES : RECOVERIES;
    if (!allowed.includes(rule.value)) ctx.addIssue({ code: 'custom', message: `${rule.id}: "${rule.value}" is not a ${rule.set}` });
  });

const OverrideSchema = z
  .object({
    id: z.string(),
    kind: z.enum(KINDS).optional(),
    category: z.enum(CATEGORIES).optional(),
    recovery: z.enum(RECOVERIES).optional(),
    why: z.string().min(1),
  })
  .strict();

const RulesFileSchema = z.object({ formatVersion: z.literal(1), rules: z.array(RuleSchema), overrides: z.array(OverrideSchema) });

export type ClassificationRule = z.infer<typeof RuleSchema>;
export type ClassificationOverride = z.infer<typeof OverrideSchema>;
export interface ClassificationRules {
  rules: ClassificationRule[];
  overrides: ClassificationOverride[];
}

/** What the rules look at: an entry before classification, plus the kind its section declares. */
export interface Classifiable {
  id: string;
  sdk: string;
  module: string;
  name: string;
  generatedName: boolean;
  summary: string;
  description: string;
  action: string;
  sectionKind?: Kind | undefined;
  /**
   * The SDK's own words from every source that defines the code, Chinese and English. Read only by
   * rules that ask for it: for the codes no document describes it is the only text there is.
   */
  sdkText?: string;
}

export interface Classification {
  kind: Kind;
  category: Category;
  recovery: Recovery;
  classifiedBy: { kind: string; category: string; recovery: string };
}

export function loadClassificationRules(root: string, relPath = 'data/classification.json'): ClassificationRules {
  const parsed = RulesFileSchema.safeParse(JSON.parse(readFileSync(join(root, relPath), 'utf8')));
  if (!parsed.success) throw new AvcodesError('invalid_data', `${relPath}: ${z.prettifyError(parsed.error)}`);
  for (const rule of parsed.data.rules) if (rule.when.text) new RegExp(rule.when.text, 'i');
  return parsed.data;
}

/**
 * Kind first, then category (rules may ask for the kind), then recovery (rules may ask for
 * both). In each step the first matching rule wins; a per-entry override beats every rule.
 */
export function classify(entry: Classifiable, rules: ClassificationRules): Classification {
  const override = rules.overrides.find((o) => o.id === entry.id);
  const state: { kind?: Kind; category?: Category } = {};
  const pick = <T extends string>(set: ClassificationRule['set'], forced: T | undefined): [T, string] => {
    if (forced) return [forced, `override: ${override!.why}`];
    const rule = rules.rules.find((r) => r.set === set && matches(r, entry, state));
    if (!rule) throw new AvcodesError('invalid_data', `classification: no ${set} rule matches ${entry.id}; add a fallback rule`);
    return [rule.value as T, rule.id];
  };
  const [kind, kindBy] = pick<Kind>('kind', override?.kind);
  state.kind = kind;
  const [category, categoryBy] = pick<Category>('category', override?.category);
  state.category = category;
  const [recovery, recoveryBy] = pick<Recovery>('recovery', override?.recovery);
  return { kind, category, recovery, classifiedBy: { kind: kindBy, category: categoryBy, recovery: recoveryBy } };
}

const regexCache = new Map<string, RegExp>();

function matches(rule: ClassificationRule, e: Classifiable, state: { kind?: Kind; category?: Category }): boolean {
  const w = rule.when;
  if (w.sdk && !w.sdk.includes(e.sdk)) return false;
  if (w.module && !w.module.includes(e.module)) return false;
  if (w.generatedName !== undefined && w.generatedName !== e.generatedName) return false;
  if (w.sectionKind && (!e.sectionKind || !w.sectionKind.includes(e.sectionKind))) return false;
  if (w.kind && (!state.kind || !w.kind.includes(state.kind))) return false;
  if (w.category && (!state.category || !w.category.includes(state.category))) return false;
  if (w.text) {
    let re = regexCache.get(w.text);
    if (!re) regexCache.set(w.text, (re = new RegExp(w.text, 'i')));
    const fields = w.in ?? TEXT_FIELDS;
    if (!fields.some((f) => re.test(e[f] ?? ''))) return false;
  }
  return true;
}
