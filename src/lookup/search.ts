import MiniSearch, { type SearchResult } from 'minisearch';
import type { Entry } from '../catalog/schema.js';
import type { CatalogIndex } from './catalog-index.js';
import { matchesFilter, type ResolvedFilter } from './filter.js';
import { sdkWords } from './wording.js';

/**
 * Fuzzy full-text search over names, aliases, summaries, descriptions and actions (minisearch:
 * BM25 ranking, prefix and edit-distance matching), so `timeot` still finds the timeouts and
 * `store memory` finds STATUS_STORE_OUT_OF_MEMORY. Names are split at `_` into words. The SDKs'
 * own comments (Chinese and English) are searched too; Chinese has no spaces between words, so a
 * run of Han characters is indexed and queried as its overlapping character pairs (`网络断开` →
 * 网络, 络断, 断开), and every pair of a query must occur for an entry to match all its words.
 */

/** One search hit. @example search('timeot')[0]?.entry.name */
export interface SearchHit {
  entry: Entry;
  /** BM25 score; only comparable within one search. */
  score: number;
  /** The catalog's words that matched (after fuzzy and prefix expansion). */
  terms: string[];
}

export interface TextSearchOptions {
  /** At most this many hits (default 20). */
  limit?: number;
}

const FIELDS = ['name', 'aliases', 'summary', 'description', 'action', 'sdkText', 'module', 'hex'] as const;

interface Doc {
  id: number;
  name: string;
  aliases: string;
  summary: string;
  description: string;
  action: string;
  sdkText: string;
  module: string;
  hex: string;
}

// Minisearch's default word split: runs of anything but letters, digits and connectors.
const WORD_SPLIT = /[\n\r\p{Z}\p{P}]+/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Words as minisearch splits them, each run of Han characters replaced by its character pairs (one character alone stays). */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.split(WORD_SPLIT)) {
    if (word === '') continue;
    if (!/\p{Script=Han}/u.test(word)) {
      tokens.push(word);
      continue;
    }
    for (const rest of word.split(HAN_RUN)) if (rest !== '') tokens.push(rest);
    for (const [run] of word.matchAll(HAN_RUN)) {
      const chars = [...run];
      if (chars.length === 1) tokens.push(run);
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
    }
  }
  return tokens;
}

const indices = new WeakMap<CatalogIndex, MiniSearch<Doc>>();

/** The minisearch index of a catalog, built on first use (a few ms) and kept. */
export function textIndexOf(index: CatalogIndex): MiniSearch<Doc> {
  let mini = indices.get(index);
  if (mini) return mini;
  mini = new MiniSearch<Doc>({ fields: [...FIELDS], idField: 'id', tokenize });
  mini.addAll(
    index.entries.map((e, id) => ({
      id,
      name: e.name,
      aliases: e.aliases.map((a) => a.replace(/\\_/g, '_')).join(' '),
      summary: e.summary,
      description: e.description === e.summary ? '' : e.description,
      action: e.action,
      sdkText: sdkWords(e).map((w) => w.text).join(' '),
      module: e.module,
      hex: e.hex,
    })),
  );
  indices.set(index, mini);
  return mini;
}

const SEARCH_OPTIONS = {
  boost: { name: 3, aliases: 2, summary: 2 },
  // One typo in a word of 5+ letters, two in 10+; short words must be exact or a prefix.
  fuzzy: (term: string) => (term.length >= 5 ? 0.2 : 0),
  prefix: (term: string) => term.length >= 3,
};

/** Entries whose text matches `text`, best first: all words if any entry has them all, else any word. */
export function searchText(index: CatalogIndex, text: string, filter: ResolvedFilter = {}, options: TextSearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 20;
  const mini = textIndexOf(index);
  const keep = (r: SearchResult) => matchesFilter(index.entries[r.id as number]!, filter);
  let results = mini.search(text, { ...SEARCH_OPTIONS, combineWith: 'AND', filter: keep });
  if (results.length === 0) results = mini.search(text, { ...SEARCH_OPTIONS, combineWith: 'OR', filter: keep });
  return results.slice(0, Math.max(0, limit)).map((r) => ({ entry: index.entries[r.id as number]!, score: r.score, terms: r.terms }));
}
