import MiniSearch, { type SearchResult } from 'minisearch';
import type { Entry } from '../catalog/schema.js';
import type { CatalogIndex } from './catalog-index.js';
import { matchesFilter, type ResolvedFilter } from './filter.js';

/**
 * Fuzzy full-text search over names, aliases, summaries, descriptions and actions (minisearch:
 * BM25 ranking, prefix and edit-distance matching), so `timeot` still finds the timeouts and
 * `store memory` finds STATUS_STORE_OUT_OF_MEMORY. Names are split at `_` into words.
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

const FIELDS = ['name', 'aliases', 'summary', 'description', 'action', 'module', 'hex'] as const;

interface Doc {
  id: number;
  name: string;
  aliases: string;
  summary: string;
  description: string;
  action: string;
  module: string;
  hex: string;
}

const indices = new WeakMap<CatalogIndex, MiniSearch<Doc>>();

/** The minisearch index of a catalog, built on first use (a few ms) and kept. */
export function textIndexOf(index: CatalogIndex): MiniSearch<Doc> {
  let mini = indices.get(index);
  if (mini) return mini;
  mini = new MiniSearch<Doc>({ fields: [...FIELDS], idField: 'id' });
  mini.addAll(
    index.entries.map((e, id) => ({
      id,
      name: e.name,
      aliases: e.aliases.map((a) => a.replace(/\\_/g, '_')).join(' '),
      summary: e.summary,
      description: e.description === e.summary ? '' : e.description,
      action: e.action,
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
