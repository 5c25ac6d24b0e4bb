import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AvcodesError } from '../errors.js';
import { importKvsPlainText } from '../importers/kvs-plain-text.js';
import { importLvbEventList } from '../importers/lvb-event-list.js';
import { importDefinitionsTsv } from '../importers/definitions-tsv.js';
import { importMarkdownTables } from '../importers/markdown-table.js';
import type { ImportResult, RawRow } from '../importers/types.js';
import { formatHex, parseLiteral } from '../notation/literal.js';
import { classify, loadClassificationRules } from './classify.js';
import { documentDefects, editionDefects, orphanDefect, repairDefects, rowDefects, type Defect } from './defects.js';
import { ErrataIndex, loadErrata, type Erratum } from './errata.js';
import { factFromRow, unmappedColumns, type Fact } from './facts.js';
import { loadManifest, sectionFor, type Manifest, type ManifestSource } from './manifest.js';
import { mergeDefinitions, readDefinitions, type Definition, type Draft } from './sdk-definitions.js';
import { CATALOG_FORMAT_VERSION, CatalogSchema, type Catalog, type Entry, type Sdk } from './schema.js';

const IMPORTERS: Record<ManifestSource['importer'], (file: string, bytes: Uint8Array) => ImportResult> = {
  'markdown-table': importMarkdownTables,
  'kvs-plain-text': importKvsPlainText,
  'lvb-event-list': importLvbEventList,
};

/** A defect found in a source together with the erratum that accounts for it. */
export interface AccountedDefect extends Defect {
  erratum: string;
}

export interface BuildResult {
  catalog: Catalog;
  defects: AccountedDefect[];
}

/** The catalog cannot be built: every problem found, one line each with its file (and line or JSON path). */
export class BuildError extends AvcodesError {
  constructor(readonly problems: string[]) {
    super('build_failed', `the catalog cannot be built:\n  - ${problems.join('\n  - ')}`);
    this.name = 'BuildError';
  }
}

export interface BuildOptions {
  /** Project root holding sources/ and data/. */
  root: string;
  errataPath?: string;
  classificationPath?: string;
}

/** Builds the catalog from sources/, data/errata.json and data/classification.json. */
export function buildCatalog(options: BuildOptions): BuildResult {
  const { root } = options;
  const manifest = loadManifest(root);
  const errata = new ErrataIndex(loadErrata(root, options.errataPath));
  const rules = loadClassificationRules(root, options.classificationPath);
  const problems: string[] = [];
  const accounted: AccountedDefect[] = [];

  /** Finds the erratum for a defect, or records that the defect is unaccounted for. */
  const account = (defect: Defect): Erratum | undefined => {
    const e = errata.match(defect);
    if (!e) problems.push(`${defect.file}:${defect.line}: ${defect.kind}: ${defect.says} — no erratum in data/errata.json`);
    else accounted.push({ ...defect, erratum: e.id });
    return e;
  };

  const sources: Catalog['sources'] = [];
  const factsBySource = new Map<string, Fact[]>();
  for (const source of manifest.sources) {
    const bytes = readFileSync(join(root, source.file));
    sources.push({
      id: source.id, file: source.file, kind: source.kind, vendor: source.vendor, sdk: source.sdk,
      product: source.product, title: source.title, edition: source.edition,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    const imported = IMPORTERS[source.importer](source.file, bytes);
    for (const d of repairDefects(imported.repairs)) account(d);
    factsBySource.set(source.id, factsOf(source, imported.rows, account, problems));
  }

  const allFacts = [...factsBySource.values()].flat();
  for (const fact of allFacts) readValue(fact, problems);
  const readable = allFacts.filter((f) => f.value !== null);

  // Defects across rows: within each document, then between editions of one reference.
  const docDefects = [...factsBySource.values()].flatMap((facts) => documentDefects(facts.filter((f) => f.value !== null)));
  for (const [older, newer] of editionPairs(manifest.sources)) {
    docDefects.push(...editionDefects(factsBySource.get(older.id) ?? [], factsBySource.get(newer.id) ?? []));
  }
  const factAt = new Map(readable.map((f) => [`${f.row.file}|${f.row.line}`, f]));
  for (const d of docDefects) {
    const e = account(d);
    const fact = factAt.get(`${d.file}|${d.line}`);
    if (e && fact) applyDocumentFix(fact, e, problems);
  }

  const definitions: Definition[] = [];
  for (const source of manifest.definitions) {
    const bytes = readFileSync(join(root, source.file));
    sources.push({
      id: source.id, file: source.file, kind: source.kind, vendor: [...new Set(source.routes.map((r) => manifest.sdks[r.sdk]?.vendor))].join(', '),
      sdk: [...new Set(source.routes.map((r) => r.sdk))].join(', '), product: 'SDK source definitions', title: source.title, edition: source.edition,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    definitions.push(...readDefinitions(source, importDefinitionsTsv(source.file, bytes).rows, problems, account));
  }
  const drafts = mergeDefinitions(manifest, mergeEntries(manifest.sources, readable), definitions, account);
  for (const stale of errata.stale()) problems.push(`stale erratum (its defect is no longer in the source): ${stale}`);
  const entries = drafts.map(({ entry, sectionKind }) => ({ ...entry, ...classify({ ...entry, sectionKind, sdkText: sdkWords(entry) }, rules) }));
  const seen = new Map<string, Entry>();
  for (const entry of entries) {
    if (seen.has(entry.id)) problems.push(`two entries have the id ${entry.id} (${describe(seen.get(entry.id)!)} and ${describe(entry)})`);
    seen.set(entry.id, entry);
  }
  if (problems.length > 0) throw new BuildError(problems);

  const catalog = CatalogSchema.parse({ formatVersion: CATALOG_FORMAT_VERSION, sources, entries: sortEntries(entries), sdks: registryOf(manifest, entries) });
  return { catalog, defects: accounted };
}

/** The manifest's SDK records for the SDKs that have entries, by id (code-unit order, as sortEntries). */
function registryOf(manifest: Manifest, entries: readonly Entry[]): Sdk[] {
  const present = new Set(entries.map((e) => e.sdk));
  return Object.entries(manifest.sdks)
    .filter(([id]) => present.has(id))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, sdk]) => ({ id, ...sdk }));
}

const describe = (e: Entry) => `${e.sources[0]!.file}:${e.sources[0]!.line}`;

/** Rows → facts, with row-level defects accounted for and their fixes applied. */
function factsOf(source: ManifestSource, rows: RawRow[], account: (d: Defect) => Erratum | undefined, problems: string[]): Fact[] {
  const facts: Fact[] = [];
  let orphanRun: { fact: Fact; value: string; lastLine: number } | null = null;
  for (const row of rows) {
    const section = sectionFor(source, row.section, row.sectionIndex);
    if (!section) {
      problems.push(`${row.file}:${row.line}: heading "${row.section}" has no section in sources/manifest.json`);
      continue;
    }
    const unmapped = unmappedColumns(source, row);
    if (unmapped.length > 0) {
      problems.push(`${row.file}:${row.line}: column(s) ${unmapped.map((c) => `"${c}"`).join(', ')} not mapped in sources/manifest.json`);
      continue;
    }
    if (row.orphan) {
      const e = account(orphanDefect(row));
      const text = row.cells.join(' ').trim();
      const restore = e?.fix?.restore?.[String(row.line)];
      if (e && restore) {
        if (orphanRun && orphanRun.value === restore.value && orphanRun.lastLine === row.line - 1) {
          orphanRun.fact.cells.description = `${orphanRun.fact.cells.description} ${text}`;
          orphanRun.lastLine = row.line;
        } else {
          const fact = factFromRow(source, section, { ...row, cells: [restore.value, restore.name, text], orphan: false });
          fact.nameOrigin = 'errata';
          fact.nameMissing = true;
          fact.errata.push({ id: e.id, kind: e.kind, note: e.catalog });
          facts.push(fact);
          orphanRun = { fact, value: restore.value, lastLine: row.line };
        }
        continue;
      }
      orphanRun = null;
      const previous = facts[facts.length - 1];
      if (e?.fix?.appendToPrevious && previous) {
        previous.cells.description = `${previous.cells.description ?? ''} ${text}`.trim();
        previous.errata.push({ id: e.id, kind: e.kind, note: e.catalog });
      } else if (e) {
        problems.push(`${row.file}:${row.line}: erratum ${e.id} must say what becomes of an orphan line (fix.restore or fix.appendToPrevious)`);
      }
      continue;
    }
    orphanRun = null;
    const fact = factFromRow(source, section, row);
    for (const d of rowDefects(fact)) {
      const e = account(d);
      if (e) applyRowFix(fact, d, e, problems);
    }
    facts.push(fact);
  }
  return facts;
}

function applyRowFix(fact: Fact, defect: Defect, e: Erratum, problems: string[]): void {
  const line = String(fact.row.line);
  fact.errata.push({ id: e.id, kind: e.kind, note: e.catalog });
  const fix = e.fix;
  if (!fix) return;
  if (fix.value?.[line]) {
    const printed = parseLiteral(fact.cells.code ?? '', fact.source.codeNotation);
    if (printed) fact.misprints.push({ literal: fact.cells.code!, value: printed.value.toString(), reason: 'misprint', file: fact.row.file, line: fact.row.line });
    fact.valueOverride = fix.value[line];
  }
  if (fix.splitName && defect.kind === 'merged-cells') {
    const m = /^([A-Z][A-Z0-9_]*)\s+(\S.*)$/.exec(fact.name)!;
    fact.name = m[1]!;
    const target = (['summary', 'description'] as const).find((r) => fact.cells[r] === '');
    if (target) fact.cells[target] = m[2]!;
    else problems.push(`${fact.row.file}:${line}: erratum ${e.id} splits the name cell but the row has no empty text cell`);
  }
  if (fix.unescapeText && defect.kind === 'leaked-markdown-escape') {
    const escaped = new Set<'summary' | 'description' | 'action'>();
    for (const role of ['summary', 'description', 'action'] as const) {
      const text = fact.cells[role];
      if (!text) continue;
      fact.cells[role] = text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
      if (fact.cells[role] !== text) escaped.add(role);
    }
    // A summary taken from the description, or a description taken from the summary, shares its damage.
    if (escaped.has('description') && !fact.cells.summary) escaped.add('summary');
    if (escaped.has('summary') && fact.cells.description === undefined) escaped.add('description');
    if (fix.keepOlderText) fact.damagedText = { erratum: e.id, fields: escaped };
  }
  if (fix.nameCellIsCode) {
    fact.cells.code = fact.name;
    fact.name = `${fact.section.generatedNamePrefix ?? `${fact.section.module.toUpperCase().replace(/-/g, '_')}_`}${fact.name.replace('-', 'M')}`;
    fact.nameOrigin = 'generated';
    fact.nameMissing = true;
  }
}

function applyDocumentFix(fact: Fact, e: Erratum, problems: string[]): void {
  if (!fact.errata.some((x) => x.id === e.id)) fact.errata.push({ id: e.id, kind: e.kind, note: e.catalog });
  const rename = e.fix?.rename?.[String(fact.row.line)];
  if (rename) {
    fact.formerNames.push(fact.name);
    fact.name = rename;
    fact.nameOrigin = 'errata';
  } else if (e.fix && Object.keys(e.fix).length > 0 && !e.fix.rename) {
    problems.push(`${fact.row.file}:${fact.row.line}: erratum ${e.id}: only fix.rename applies to a ${e.kind} defect`);
  }
}

function readValue(fact: Fact, problems: string[]): void {
  const text = fact.valueOverride ?? fact.cells.code ?? '';
  const lit = parseLiteral(text, fact.valueOverride ? 'signed-decimal' : fact.source.codeNotation) ?? parseLiteral(text, fact.source.codeNotation);
  if (!lit) {
    problems.push(`${fact.row.file}:${fact.row.line}: no readable code ("${text}") and no erratum value for it`);
    return;
  }
  fact.value = lit.value;
}

/** Older → newer pairs among editions of the same reference (same SDK, different edition rank). */
function editionPairs(sources: ManifestSource[]): [ManifestSource, ManifestSource][] {
  const pairs: [ManifestSource, ManifestSource][] = [];
  for (const a of sources) for (const b of sources) if (a.sdk === b.sdk && a.kind === b.kind && a.editionRank < b.editionRank) pairs.push([a, b]);
  return pairs;
}

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return (m ? m[1]! : text).trim();
}

function summaryOf(fact: Fact): string {
  let s = fact.cells.summary || firstSentence(fact.cells.description ?? '');
  const strip = fact.source.summaryStripPrefix;
  if (strip && s.startsWith(strip)) s = s.slice(strip.length).replace(/^./, (c) => c.toUpperCase());
  return s;
}

/**
 * Facts → entries. Sources are taken oldest edition first; a newer edition's row for the same
 * SDK, module and value joins the older entry, and its name and text win, the older kept as history.
 */
function mergeEntries(sources: ManifestSource[], facts: Fact[]): Draft[] {
  const order = [...sources].sort((a, b) => a.editionRank - b.editionRank);
  const bySource = new Map(order.map((s) => [s.id, [] as Fact[]]));
  for (const f of facts) bySource.get(f.source.id)!.push(f);
  type SourcedDraft = Draft & { sourceIds: Set<string> };
  const drafts: SourcedDraft[] = [];
  const byKey = new Map<string, SourcedDraft>();
  for (const source of order) {
    for (const f of bySource.get(source.id)!) {
      const key = `${source.sdk}|${f.section.module}|${f.value}`;
      const ref = {
        sourceId: source.id, file: f.row.file, line: f.row.line, section: f.row.section, edition: source.edition,
        sourceKind: 'document' as const, codeAsWritten: f.misprints[0]?.literal ?? f.cells.code ?? '', nameAsWritten: f.formerNames[0] ?? f.name, evidence: 'document' as const,
      };
      // A name written with markdown escapes (`STATUS\_NULL\_ARG`) is the same name, not an alias:
      // lookups unescape queries, and the source line keeps the spelling.
      const aliases = [...f.formerNames];
      const previous = byKey.get(key);
      if (previous && !previous.sourceIds.has(source.id)) {
        const e = previous.entry;
        const older = e.sources[e.sources.length - 1]!;
        const newer = { name: f.name, summary: summaryOf(f), description: f.cells.description ?? f.cells.summary ?? '', action: f.cells.action ?? '' };
        for (const field of ['name', 'summary', 'description', 'action'] as const) {
          if (newer[field] === e[field]) continue;
          // The newer edition's text wins, unless an erratum says it is damaged there and whole here.
          if (field !== 'name' && f.damagedText?.fields.has(field) && e[field] !== '') {
            e.history.push({ edition: source.edition, field, was: newer[field] });
            e.notes.push(`the ${field} is the ${older.edition} wording (${older.file}:${older.line}): ${source.edition} (${f.row.file}:${f.row.line}) damaged it, see erratum ${f.damagedText.erratum}`);
            continue;
          }
          if (e[field] !== '') e.history.push({ edition: older.edition, field, was: e[field] });
          if (newer[field] !== '' || field === 'name') e[field] = newer[field];
        }
        if (!e.aliases.includes(ref.nameAsWritten) && ref.nameAsWritten !== e.name) e.aliases.push(ref.nameAsWritten);
        for (const h of e.history) if (h.field === 'name' && !e.aliases.includes(h.was)) e.aliases.push(h.was);
        for (const a of aliases) if (!e.aliases.includes(a)) e.aliases.push(a);
        e.sources.push(ref);
        e.misprints.push(...f.misprints);
        e.errata.push(...f.errata);
        e.notes.push(...f.notes);
        previous.sourceIds.add(source.id);
        continue;
      }
      const value = f.value!;
      const draft: SourcedDraft = {
        sourceIds: new Set([source.id]),
        sectionKind: f.section.kind,
        entry: {
          id: `${source.sdk}/${f.name}`,
          vendor: source.vendor,
          sdk: source.sdk,
          product: source.product,
          module: f.section.module,
          name: f.name,
          generatedName: f.nameMissing,
          nameOrigin: f.nameOrigin,
          aliases,
          value: value.toString(),
          hex: formatHex(value),
          misprints: [...f.misprints],
          documented: true,
          summary: summaryOf(f),
          description: f.cells.description ?? f.cells.summary ?? '',
          action: f.cells.action ?? '',
          sources: [ref],
          errata: [...f.errata],
          history: [],
          notes: [...f.notes],
        },
      };
      drafts.push(draft);
      if (!byKey.has(key)) byKey.set(key, draft);
    }
  }
  return drafts.map(({ entry, sectionKind }) => {
    entry.id = `${entry.sdk}/${entry.name}`;
    return { entry, sectionKind };
  });
}

function sortEntries(entries: Entry[]): Entry[] {
  // Code-unit order, not localeCompare: the output must not depend on the machine's LANG.
  const cmp = <T extends bigint | string>(a: T, b: T) => (a < b ? -1 : a > b ? 1 : 0);
  return entries.sort((a, b) => cmp(a.sdk, b.sdk) || cmp(BigInt(a.value), BigInt(b.value)) || cmp(a.name, b.name));
}

/** Everything the SDK's sources say of a code in its own words, for the classification rules that read it. */
function sdkWords(entry: Pick<Entry, 'sources'>): string {
  return entry.sources.flatMap((s) => [s.sdkText ?? '', s.sdkTextEn ?? '']).filter(Boolean).join('\n');
}
