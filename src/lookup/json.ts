import type { Entry, Misprint } from '../catalog/schema.js';
import type { LookupResult } from './lookup.js';
import type { MatchVia } from './rank.js';
import { displayCode } from '../notation/usual.js';
import { hexOf, type TwinKind, type WrittenNotation } from './readings.js';
import type { StructureNote } from './structure.js';

/**
 * The JSON form of a lookup — what `avcodes <query> --json` prints and the HTTP API returns.
 * Numbers are decimal strings (values reach 2^64, beyond a JSON number's exact range).
 * @example JSON.stringify(lookupResultToJson(lookup('1001')))
 */
export interface LookupJson {
  query: string;
  readings: ReadingJson[];
  matches: MatchJson[];
  explanations: ExplanationJson[];
  suggestions: string[];
}

/** A reading in JSON. @example lookupResultToJson(lookup('1')).readings[0]?.label */
export type ReadingJson =
  | { key: string; type: 'number'; value: string; hex: string; notations: WrittenNotation[]; twinOf?: { kind: TwinKind; value: string }; label: string; matches: number }
  | { key: string; type: 'name'; name: string; label: string; matches: number };

/**
 * A match in JSON: the entry's fields plus its reading key, and `display`, the value as people
 * write it — in the SDK's own notation first (`-2301 (0xfffff703)`, `20010001 (536936449)`, `0x5200002e (1375731758)`).
 * @example lookupResultToJson(lookup('1')).matches[0]?.reading // 'number:1'
 */
export type MatchJson = Entry & { display: string; reading: string; via: MatchVia; misprint?: Misprint; score: number };

/** A structural explanation in JSON. @example lookupResultToJson(lookup('0x2008000d')).explanations[0]?.errno?.name // 'EACCES' */
export interface ExplanationJson {
  value: string;
  hex: string;
  sdk: string;
  vendor: string;
  /** `block`, `library`, `printed` or `decimal`; see structure.ts. */
  rangeKind: string;
  range: string;
  text: string;
  errno?: { number: number; name?: string; message?: string };
  sdkValue?: string;
  sdkValueIds?: string[];
}

/** The JSON form of a lookup result. @example JSON.stringify(lookupResultToJson(lookup('0x5200002e'))) */
export function lookupResultToJson(result: LookupResult): LookupJson {
  const counts = new Map<string, number>();
  for (const m of result.matches) counts.set(m.reading.key, (counts.get(m.reading.key) ?? 0) + 1);
  return {
    query: result.query,
    readings: result.readings.map((r): ReadingJson => {
      const matches = counts.get(r.key) ?? 0;
      if (r.type === 'name') return { key: r.key, type: 'name', name: r.name, label: r.label, matches };
      const json: ReadingJson = { key: r.key, type: 'number', value: r.value.toString(), hex: hexOf(r.value), notations: r.notations, label: r.label, matches };
      if (r.twinOf) json.twinOf = { kind: r.twinOf.kind, value: r.twinOf.value.toString() };
      return json;
    }),
    matches: result.matches.map((m) => {
      const json: MatchJson = { ...m.entry, display: displayCode(m.entry, m.entry.value).text, reading: m.reading.key, via: m.via, score: m.score };
      if (m.misprint) json.misprint = m.misprint;
      return json;
    }),
    explanations: result.explanations.map(explanationToJson),
    suggestions: result.suggestions,
  };
}

export function explanationToJson(note: StructureNote): ExplanationJson {
  const json: ExplanationJson = {
    value: note.value.toString(),
    hex: hexOf(note.value),
    sdk: note.range.sdk,
    vendor: note.range.vendor,
    rangeKind: note.range.kind,
    range: note.range.pattern,
    text: note.text,
  };
  if (note.errno) json.errno = note.errno;
  if (note.sdkValue !== undefined) {
    json.sdkValue = note.sdkValue.toString();
    json.sdkValueIds = (note.sdkValueEntries ?? []).map((e) => e.id);
  }
  return json;
}
