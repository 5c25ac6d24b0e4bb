/**
 * The build's check of the scanner's knowledge in data/: each file against its schema, then
 * against the catalog just built — a marker must name an SDK of the registry (and a module it
 * has), and every code a diagnosis rule names must be in the catalog. Each problem is one line
 * naming the file and the JSON path, so a bad rule fails the build where it is written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { SdkRegistry } from '../catalog/registry.js';
import type { Catalog } from '../catalog/schema.js';
import { CatalogIndex } from '../lookup/catalog-index.js';
import { Diagnoser, RuleError } from './diagnose.js';
import { ContextWordsSchema, RulesFileSchema, type ContextWords, type RulesFile } from './knowledge-schema.js';
import { CONTEXT_WORDS_FILE, DIAGNOSIS_RULES_FILE } from './knowledge.js';

/** Every problem of data/context-words.json and data/diagnosis-rules.json under `root`; empty when both are sound. */
export function checkScanKnowledge(root: string, catalog: Catalog): string[] {
  const problems: string[] = [];
  const words = parse(root, CONTEXT_WORDS_FILE, ContextWordsSchema, problems);
  if (words) problems.push(...markerProblems(words, catalog));
  const rules = parse(root, DIAGNOSIS_RULES_FILE, RulesFileSchema, problems);
  if (rules) problems.push(...ruleProblems(rules, catalog));
  return problems;
}

function parse<T>(root: string, file: string, schema: z.ZodType<T>, problems: string[]): T | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (err) {
    problems.push(`${file}: ${(err as Error).message}`);
    return null;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.push(`${file}: ${jsonPath(issue.path)}: ${issue.message}`);
  return null;
}

/** `rules[3].codes[0]` from zod's path. */
function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out || '(the whole file)';
}

function markerProblems(words: ContextWords, catalog: Catalog): string[] {
  const registry = SdkRegistry.of(catalog);
  const modules = new Set(catalog.entries.map((e) => `${e.sdk}/${e.module}`));
  const problems: string[] = [];
  words.markers.forEach((marker, i) =>
    marker.targets.forEach((target, j) => {
      const sdk = target.split('/')[0]!;
      const where = `${CONTEXT_WORDS_FILE}: markers[${i}].targets[${j}]`;
      if (!registry.get(sdk)) problems.push(`${where}: "${target}" names no SDK of the registry (${registry.ids.join(', ')})`);
      else if (target.includes('/') && !modules.has(target)) problems.push(`${where}: "${target}" names no module of ${sdk}`);
    }),
  );
  // A module that needs its own marker and has none would never be read: say so at build time.
  const evidence = words.headerOnlyEvidence;
  for (const [sdk, surfacing] of Object.entries(evidence.surfacedBy)) {
    for (const s of [sdk, ...surfacing]) if (!registry.get(s)) problems.push(`${CONTEXT_WORDS_FILE}: headerOnlyEvidence.surfacedBy: "${s}" names no SDK of the registry`);
  }
  evidence.ownMarkerModules.forEach((module, i) => {
    const where = `${CONTEXT_WORDS_FILE}: headerOnlyEvidence.ownMarkerModules[${i}]`;
    if (!modules.has(module)) problems.push(`${where}: "${module}" names no module of the catalog`);
    else if (!words.markers.some((m) => m.targets.includes(module))) problems.push(`${where}: no marker names "${module}", so its codes could never be read`);
  });
  return problems;
}

function ruleProblems(rules: RulesFile, catalog: Catalog): string[] {
  try {
    new Diagnoser(new CatalogIndex(catalog), rules);
    return [];
  } catch (err) {
    if (err instanceof RuleError) return [`${DIAGNOSIS_RULES_FILE}: ${err.message}`];
    throw err;
  }
}
