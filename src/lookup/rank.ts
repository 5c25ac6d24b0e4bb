import type { Entry, Misprint } from '../catalog/schema.js';
import type { EntryLookup } from './catalog-index.js';
import type { Reading } from './readings.js';

/** How a reading reached an entry. @example lookup('0x150000010').matches[0]?.via // 'misprint' */
export type MatchVia = 'value' | 'misprint' | 'name' | 'alias';

/** One entry a reading found, with how and how well. @example lookup('1').matches.map((m: Match) => m.entry.id) */
export interface Match {
  entry: Entry;
  reading: Reading;
  via: MatchVia;
  /** For `via: 'misprint'`: the printed value that led here. */
  misprint?: Misprint;
  /** Higher ranks first; see RANK_WEIGHTS. Only comparable within one result. */
  score: number;
}

/** The SDK or vendor the caller is working in (a log's context, a page's filter); raises its matches. @example lookup('1', { context: { sdk: 'aws-kvs' } }) */
export interface ContextHint {
  sdk?: string;
  vendor?: string;
}

/**
 * The one ranking, written down. A match starts from how it was reached, then gains for each sign
 * that this is the reading the user meant:
 * - the exact value or the primary name beats a twin, an alias or a misprint;
 * - a reading in the SDK's own notation (Tencent writes decimal, KVS `0x…`, Alibaba bare hex) is
 *   the likelier one, so `30000001` puts the Tencent recording error (decimal) before KVS 0x30000001;
 * - the caller's context (an SDK or vendor) raises its matches above every other consideration;
 * - a code a vendor document states ranks above one only an SDK header defines.
 * Ties keep a fixed order (SDK, module, name) so output is stable.
 * @example RANK_WEIGHTS.context // 50: a context hint outweighs a notation fit (20)
 */
export const RANK_WEIGHTS = {
  value: 100,
  name: 100,
  alias: 80,
  twin: 70,
  misprint: 60,
  ownNotation: 20,
  context: 50,
  documented: 5,
} as const;

export function scoreMatch(index: EntryLookup, entry: Entry, reading: Reading, via: MatchVia, hint?: ContextHint): number {
  let score: number;
  if (via === 'value') score = reading.type === 'number' && reading.twinOf ? RANK_WEIGHTS.twin : RANK_WEIGHTS.value;
  else score = RANK_WEIGHTS[via];
  if (reading.type === 'number' && via === 'value' && !reading.twinOf) {
    const own = index.notationsOf(entry.sdk);
    if (reading.notations.some((n) => own.has(n))) score += RANK_WEIGHTS.ownNotation;
  }
  if (hint && ((hint.sdk !== undefined && hint.sdk === entry.sdk) || (hint.vendor !== undefined && hint.vendor === entry.vendor))) {
    score += RANK_WEIGHTS.context;
  }
  if (entry.documented) score += RANK_WEIGHTS.documented;
  return score;
}

/** Best first; ties by SDK, module, name. Sorts in place and returns the array. */
export function rankMatches(matches: Match[]): Match[] {
  return matches.sort(
    (a, b) =>
      b.score - a.score ||
      cmp(a.entry.sdk, b.entry.sdk) ||
      cmp(a.entry.module, b.entry.module) ||
      cmp(a.entry.name, b.entry.name),
  );
}

/** Readings in the order of their best match; readings that matched nothing keep their order, last. */
export function rankReadings(readings: Reading[], ranked: readonly Match[]): Reading[] {
  const firstAt = (r: Reading, i: number) => {
    const at = ranked.findIndex((m) => m.reading === r);
    return at < 0 ? ranked.length + i : at;
  };
  return readings
    .map((r, i) => ({ r, at: firstAt(r, i) }))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.r);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
