import type { Entry } from '../catalog/schema.js';
import type { CatalogIndex } from './catalog-index.js';
import { textIndexOf } from './search.js';

/**
 * Related codes: for one entry, the entries of the other SDKs that mean the same kind of thing —
 * the same category and similar words (PLAY_ERR_NET_DISCONNECT ↔ ERROR_NETWORK_COULD_NOT_CONNECT).
 * The words compared are the entry's name and summary minus the words that say nothing because
 * most entries have them ("error", "the", "returned", "status"): those are found by counting, not listed.
 */

/** One related entry of another SDK. @example related('tencent-lvb/PLAY_ERR_NET_DISCONNECT')[0]?.entry.sdk */
export interface RelatedHit {
  entry: Entry;
  score: number;
  /** The shared words that made it related. */
  terms: string[];
}

/** A word used by more than this share of entries carries no meaning for relatedness. */
const COMMON_WORD_SHARE = 0.04;
const MIN_SHARE_OF_BEST = 0.25;

const commonWords = new WeakMap<CatalogIndex, Set<string>>();

function wordsOf(e: Entry): Set<string> {
  return new Set(`${e.name} ${e.summary}`.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3));
}

function commonWordsOf(index: CatalogIndex): Set<string> {
  let common = commonWords.get(index);
  if (common) return common;
  const df = new Map<string, number>();
  for (const e of index.entries) for (const w of wordsOf(e)) df.set(w, (df.get(w) ?? 0) + 1);
  const limit = index.entries.length * COMMON_WORD_SHARE;
  common = new Set([...df].filter(([, n]) => n > limit).map(([w]) => w));
  commonWords.set(index, common);
  return common;
}

/** Up to `limit` entries of other SDKs in the same category with similar text, most similar first. */
export function relatedTo(index: CatalogIndex, entry: Entry, limit = 5): RelatedHit[] {
  const common = commonWordsOf(index);
  const words = [...wordsOf(entry)].filter((w) => !common.has(w) && !/^[0-9]+$/.test(w));
  if (words.length === 0) return [];
  const hits = textIndexOf(index).search(words.join(' '), {
    fields: ['name', 'summary', 'description'],
    boost: { name: 2, summary: 2 },
    combineWith: 'OR',
    fuzzy: (term: string) => (term.length >= 6 ? 0.2 : 0),
    prefix: (term: string) => term.length >= 5,
    filter: (r) => {
      const other = index.entries[r.id as number]!;
      return other.sdk !== entry.sdk && other.category === entry.category;
    },
  });
  const best = hits[0]?.score ?? 0;
  return hits
    .filter((h) => h.score >= best * MIN_SHARE_OF_BEST)
    .slice(0, limit)
    .map((h) => ({ entry: index.entries[h.id as number]!, score: h.score, terms: h.terms }));
}
