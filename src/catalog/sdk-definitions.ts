import type { RawRow } from '../importers/types.js';
import { formatHex, parseLiteral, toUint32 } from '../notation/literal.js';
import type { Defect } from './defects.js';
import type { Erratum } from './errata.js';
import type { Evidence, Manifest, ManifestDefinitions } from './manifest.js';
import type { Entry, Kind, SourceRef } from './schema.js';
import { AvcodesError } from '../errors.js';

/** An entry before classification; `sectionKind` is what its document section declares. */
export interface Draft {
  entry: Omit<Entry, 'kind' | 'category' | 'recovery' | 'classifiedBy'>;
  sectionKind?: Kind | undefined;
}

/** One `name = value` definition read from an SDK's source, routed to an SDK and module. */
export interface Definition {
  source: ManifestDefinitions;
  row: RawRow;
  name: string;
  value: bigint;
  valueText: string;
  evidence: Evidence;
  definedIn: string;
  /** The line of the definition in `definedIn` (tables with a `line` column). */
  definedLine: number | undefined;
  /** The SDK's own comment, its language, and the SDK's English comment beside a Chinese one. */
  text: string;
  textLang: 'zh' | 'en' | undefined;
  textEn: string;
  /** Read from an earlier SDK release: an older value of a name the current headers define. */
  former: boolean;
  /** A name of an earlier SDK release, joined to the current name of the same value if there is one. */
  formerName: boolean;
  sdk: string;
  module: string;
}

// Precedence (issue "SDK definitions"): the documents explain a code (summary, description,
// action); the SDK definitions say which names and values exist. Only an SDK header is strong
// enough to replace a document's name or value; a decompiled SDK or an unattributed copy adds a
// reading beside the document's and never replaces it.
const STRONG: ReadonlySet<Evidence> = new Set(['sdk-header']);

/** Reads the rows of a definitions table; rows that no route claims or whose value is unreadable are problems. */
export function readDefinitions(source: ManifestDefinitions, rows: RawRow[], problems: string[], account: (d: Defect) => Erratum | undefined): Definition[] {
  const defs: Definition[] = [];
  for (const row of rows) {
    const cell = (column: string | undefined) => (column ? (row.cells[row.header.indexOf(column)] ?? '') : '');
    const name = cell('name');
    const defined = cell('defined_in');
    const lit = parseLiteral(cell(source.valueColumn), source.valueNotation);
    const valueText = cell(source.valueColumn);
    const route = source.routes.find(
      (r) => new RegExp(r.name).test(name) && (!r.definedIn || new RegExp(r.definedIn).test(defined)) && (!r.value || new RegExp(r.value).test(valueText)),
    );
    if (!route) {
      problems.push(`${row.file}:${row.line}: ${name} matches no route in sources/manifest.json`);
      continue;
    }
    if (!lit) {
      problems.push(`${row.file}:${row.line}: "${cell(source.valueColumn)}" is not a ${source.valueNotation} value`);
      continue;
    }
    if (source.hexColumn) {
      const hex = parseLiteral(cell(source.hexColumn), 'hex');
      const twin = toUint32(lit.value);
      if (!hex || (hex.value !== lit.value && hex.value !== twin)) {
        account({ kind: 'sdk-hex-mismatch', file: row.file, line: row.line, says: `${name}: ${cell(source.hexColumn)} is not ${cell(source.valueColumn)}` });
      }
    }
    const evidence = (cell(source.evidenceColumn) || source.defaultEvidence) as Evidence;
    const lineText = row.header.includes('line') ? cell('line') : '';
    if (lineText !== '' && !/^[1-9][0-9]*$/.test(lineText)) {
      problems.push(`${row.file}:${row.line}: line "${lineText}" is not a positive line number`);
      continue;
    }
    const text = cell('description');
    const lang = cell('description_lang');
    if (lang !== '' && lang !== 'zh' && lang !== 'en') {
      problems.push(`${row.file}:${row.line}: description_lang "${lang}" is not zh or en`);
      continue;
    }
    if ((text === '') !== (lang === '')) {
      problems.push(`${row.file}:${row.line}: a description needs its description_lang, and a description_lang its description`);
      continue;
    }
    defs.push({
      source, row, name, value: lit.value, valueText: cell(source.valueColumn), evidence, definedIn: defined,
      definedLine: lineText === '' ? undefined : Number(lineText),
      text, textLang: lang === '' ? undefined : lang, textEn: cell('description_en'), former: route.formerValue === true, formerName: route.formerName === true,
      sdk: route.sdk, module: route.module,
    });
  }
  return defs;
}

function refOf(def: Definition): SourceRef {
  return {
    sourceId: def.source.id,
    file: def.row.file,
    line: def.row.line,
    section: def.module,
    edition: def.source.edition,
    sourceKind: 'sdk-definition',
    codeAsWritten: def.row.cells[def.row.header.indexOf('value')] ?? def.valueText,
    nameAsWritten: def.name,
    evidence: def.evidence,
    definedIn: def.definedIn,
    ...(def.definedLine !== undefined ? { definedLine: def.definedLine } : {}),
    ...(def.textLang ? { sdkText: def.text, sdkTextLang: def.textLang } : {}),
    ...(def.textEn !== '' ? { sdkTextEn: def.textEn } : {}),
  };
}

/** Where a definition was read, down to the line when the table gives it: `owner/repo:path@commit line N`. */
const definedAt = (def: Definition) => (def.definedLine !== undefined ? `${def.definedIn} line ${def.definedLine}` : def.definedIn);

const EVIDENCE_WORDS: Record<Evidence, string> = {
  'sdk-header': 'an SDK header',
  'decompiled-sdk': 'a decompiled SDK',
  'unattributed-copy': 'an unattributed header copy',
};

/**
 * Merges SDK definitions into the document drafts. Pass 1 joins definitions to entries of the
 * same SDK by name (primary or alias); pass 2 joins the rest by value and module; what is left
 * becomes an undocumented entry. Each disagreement is a defect that needs an erratum.
 */
export function mergeDefinitions(manifest: Manifest, drafts: Draft[], defs: Definition[], account: (d: Defect) => Erratum | undefined): Draft[] {
  const byName = new Map<string, Draft>();
  const key = (sdk: string, name: string) => `${sdk}|${name}`;
  for (const d of drafts) {
    byName.set(key(d.entry.sdk, d.entry.name), d);
    for (const a of d.entry.aliases) if (!byName.has(key(d.entry.sdk, a))) byName.set(key(d.entry.sdk, a), d);
  }
  const former = defs.filter((d) => d.former);
  const formerNames = defs.filter((d) => d.formerName && !d.former);
  defs = defs.filter((d) => !d.former && !d.formerName);
  const definedValue = new Map(defs.map((d) => [key(d.sdk, d.name), d.value]));
  const matched = new Set<Definition>();

  for (const def of defs) {
    const draft = byName.get(key(def.sdk, def.name));
    if (!draft) continue;
    matched.add(def);
    const e = draft.entry;
    const strong = STRONG.has(def.evidence);
    const docValue = BigInt(e.value);
    if (docValue !== def.value) {
      const erratum = account({ kind: 'sdk-value-conflict', file: def.row.file, line: def.row.line, says: `${def.name} = ${formatHex(def.value)} in ${EVIDENCE_WORDS[def.evidence]} but ${e.hex} in the documentation (${e.sources[0]!.file}:${e.sources[0]!.line})` });
      const docSource = e.sources.find((s) => s.sourceKind === 'document')!;
      if (strong) {
        // A weaker source's reading that the header now confirms is the value itself, no longer a second reading.
        e.misprints = e.misprints.filter((m) => !(m.reason === 'sdk-value' && BigInt(m.value) === def.value));
        e.misprints.push({ literal: docSource.codeAsWritten, value: e.value, reason: 'document-value', file: docSource.file, line: docSource.line });
        e.value = def.value.toString();
        e.hex = formatHex(def.value);
      } else {
        e.misprints.push({ literal: formatHex(def.value), value: def.value.toString(), reason: 'sdk-value', file: def.row.file, line: def.row.line });
      }
      if (erratum) e.errata.push({ id: erratum.id, kind: erratum.kind, note: erratum.catalog });
    }
    if (def.name !== e.name && strong) {
      // The definition matched an alias (e.g. the older edition's spelling): the SDK's spelling is what code prints.
      const erratum = account({ kind: 'sdk-name-conflict', file: def.row.file, line: def.row.line, says: `the SDK spells ${e.hex} ${def.name}; the current documentation says ${e.name}` });
      renameTo(e, def.name);
      if (erratum) e.errata.push({ id: erratum.id, kind: erratum.kind, note: erratum.catalog });
    }
    e.sources.push(refOf(def));
  }

  const byValue = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.entry.generatedName && d.entry.nameOrigin === 'generated') continue;
    const k = `${d.entry.sdk}|${d.entry.module}|${d.entry.value}`;
    byValue.set(k, [...(byValue.get(k) ?? []), d]);
  }
  const added: Draft[] = [];
  const addedByName = new Map<string, Draft>();
  for (const def of defs) {
    if (matched.has(def)) continue;
    // An entry whose name the SDK defines with another value is not this definition's code (ARTP renumbering).
    const candidates = (byValue.get(`${def.sdk}|${def.module}|${def.value}`) ?? []).filter((d) => {
      const v = definedValue.get(key(d.entry.sdk, d.entry.name));
      return v === undefined || v === def.value;
    });
    const draft = candidates.length === 1 ? candidates[0]! : null;
    if (draft) {
      const e = draft.entry;
      const synonym = e.sources.some((s) => s.sourceKind === 'sdk-definition');
      if (synonym) {
        // Another SDK source already named this value: a platform's or a version's other spelling.
        e.notes.push(`${EVIDENCE_WORDS[def.evidence]} (${definedAt(def)}) names ${e.hex} ${def.name}`);
        if (!e.aliases.includes(def.name)) e.aliases.push(def.name);
      } else {
        const erratum = account({ kind: 'sdk-name-conflict', file: def.row.file, line: def.row.line, says: `the SDK names ${formatHex(def.value)} ${def.name}; the documentation says ${e.name}` });
        if (STRONG.has(def.evidence)) renameTo(e, def.name);
        else if (!e.aliases.includes(def.name)) e.aliases.push(def.name);
        if (erratum) e.errata.push({ id: erratum.id, kind: erratum.kind, note: erratum.catalog });
      }
      e.sources.push(refOf(def));
      continue;
    }
    const existing = addedByName.get(key(def.sdk, def.name));
    if (existing) {
      if (BigInt(existing.entry.value) !== def.value) {
        const erratum = account({ kind: 'sdk-value-conflict', file: def.row.file, line: def.row.line, says: `${def.name} = ${formatHex(def.value)} in ${EVIDENCE_WORDS[def.evidence]} but ${existing.entry.hex} in another (${existing.entry.sources[0]!.file}:${existing.entry.sources[0]!.line})` });
        existing.entry.misprints.push({ literal: def.valueText, value: def.value.toString(), reason: 'sdk-value', file: def.row.file, line: def.row.line });
        if (erratum) existing.entry.errata.push({ id: erratum.id, kind: erratum.kind, note: erratum.catalog });
      }
      existing.entry.sources.push(refOf(def));
      continue;
    }
    const fresh = freshDraft(manifest, def);
    addedByName.set(key(def.sdk, def.name), fresh);
    added.push(fresh);
  }
  const all = [...drafts, ...added];
  for (const def of formerNames) {
    const current = all.filter((d) => d.entry.sdk === def.sdk && BigInt(d.entry.value) === def.value);
    if (current.length === 1) {
      const e = current[0]!.entry;
      if (!e.aliases.includes(def.name) && e.name !== def.name) e.aliases.push(def.name);
      e.notes.push(`an earlier SDK release (${definedAt(def)}) names ${e.hex} ${def.name}`);
      e.sources.push(refOf(def));
    } else {
      all.push(freshDraft(manifest, def));
    }
  }
  attachFormerValues(manifest, all, former);
  return all;
}

/** A code only the SDK defines: an undocumented entry named and valued by its definition. */
function freshDraft(manifest: Manifest, def: Definition): Draft {
  const sdk = manifest.sdks[def.sdk];
  if (!sdk) throw new AvcodesError('invalid_data', `sources/manifest.json: route to unknown sdk "${def.sdk}"`);
  return {
    entry: {
      id: `${def.sdk}/${def.name}`,
      vendor: sdk.vendor,
      sdk: def.sdk,
      product: sdk.product,
      module: def.module,
      name: def.name,
      generatedName: false,
      nameOrigin: 'sdk',
      aliases: [],
      value: def.value.toString(),
      hex: formatHex(def.value),
      misprints: [],
      documented: false,
      // An undocumented code's only explanation is the SDK's own English comment, when it has one.
      summary: def.textLang === 'en' ? def.text : '',
      description: def.textLang === 'en' ? def.text : '',
      action: '',
      sources: [refOf(def)],
      errata: [],
      history: [],
      notes: [],
    },
  };
}


/**
 * An earlier release's value of a name joins the entry of that name (same SDK) as a `former-value`
 * reading, so a log of an old build finds it; the entry keeps the current headers' value.
 */
function attachFormerValues(manifest: Manifest, drafts: Draft[], former: Definition[]): void {
  const byName = new Map(drafts.map((d) => [`${d.entry.sdk}|${d.entry.name}`, d]));
  for (const def of former) {
    const draft = byName.get(`${def.sdk}|${def.name}`);
    if (!draft) {
      // A name the current headers no longer define is a code of its own (logs of old builds print it).
      const fresh = freshDraft(manifest, def);
      drafts.push(fresh);
      byName.set(`${def.sdk}|${def.name}`, fresh);
      continue;
    }
    const e = draft.entry;
    if (BigInt(e.value) !== def.value && !e.misprints.some((m) => m.reason === 'former-value' && BigInt(m.value) === def.value)) {
      e.misprints.push({ literal: def.valueText, value: def.value.toString(), reason: 'former-value', file: def.row.file, line: def.row.line });
      e.notes.push(`an earlier SDK release (${definedAt(def)}) defines ${def.name} as ${formatHex(def.value)}`);
    }
    e.sources.push(refOf(def));
  }
}

function renameTo(e: Draft['entry'], name: string): void {
  if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
  e.aliases = e.aliases.filter((a) => a !== name);
  e.history.push({ edition: 'sdk-headers', field: 'name', was: e.name });
  e.name = name;
  e.id = `${e.sdk}/${name}`;
}
