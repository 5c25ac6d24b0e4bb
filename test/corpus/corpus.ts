// The real-world corpus (test/corpus/index.json) and how the scanner's findings are scored
// against it. Used by bench/accuracy.ts and by the tests; the scanner is passed in, so this
// module does not care whether it comes from src/ or dist/.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));

export type Vendor = 'aws' | 'alibaba' | 'tencent' | 'none';
export const VENDORS: readonly Vendor[] = ['aws', 'alibaba', 'tencent', 'none'];

export interface ExpectedFinding {
  /** 1-based line in the excerpt file. */
  line: number;
  /** The code exactly as written on that line. */
  text: string;
  /** A catalog sdk id, or the id of a family the catalog does not have yet (aws-kvs-ack…). */
  sdk: string;
  /**
   * The catalog entry's symbolic name, or null when the catalog has no entry for this code — a
   * family it lacks, or a code its SDK's tables do not list (IM's TLS -5): then only "not in the
   * catalog" is right.
   */
  name: string | null;
  why: string;
}

export interface Excerpt {
  id: string;
  file: string;
  source: string;
  vendor: Vendor;
  language: 'zh' | 'en' | 'mixed';
  decoy: boolean;
  expected: ExpectedFinding[];
  notes: string;
}

export interface CorpusIndex {
  formatVersion: 1;
  excerpts: Excerpt[];
}

export function loadCorpus(dir = CORPUS_DIR): CorpusIndex {
  return JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as CorpusIndex;
}

export function excerptPath(excerpt: Excerpt, dir = CORPUS_DIR): string {
  return join(dir, excerpt.file);
}

/** The lines of a file as the scanner counts them: LF, CRLF and a lone CR each end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** What the benchmark needs of a finding (a subset of the scanner's Finding). */
export interface ScoredFinding {
  line: number;
  text: string;
  entry: { sdk: string; name: string } | null;
}

export type Verdict =
  | 'correct' // an expected code, identified as expected (or reported "not in the catalog" for a family the catalog lacks)
  | 'misnamed' // an expected code, identified as another entry
  | 'false'; // no code is expected at this line and text

export interface Judged {
  excerpt: Excerpt;
  finding: ScoredFinding;
  verdict: Verdict;
  expected: ExpectedFinding | null;
}

export interface ExcerptScore {
  excerpt: Excerpt;
  judged: Judged[];
  /** Expected findings that no finding matched (by line and text). */
  missed: ExpectedFinding[];
  /** Expected findings matched by a finding that names them wrongly. */
  misnamed: ExpectedFinding[];
}

/**
 * Whether an expected finding names a catalog entry (what recall is measured on). Otherwise it is a
 * code outside the catalog — of a family it lacks, or missing from its SDK's tables — and counts
 * for coverage only.
 */
export function inCatalog(expected: ExpectedFinding, catalogSdks: ReadonlySet<string>): boolean {
  return expected.name !== null && catalogSdks.has(expected.sdk);
}

/**
 * Scores one excerpt: each finding is paired with an unused expected finding of the same line and
 * text; it is correct when the sdk and name agree. A code outside the catalog can only be reported
 * as "not in the catalog" (entry null), which is what its expected name null asks for.
 */
export function scoreExcerpt(excerpt: Excerpt, findings: readonly ScoredFinding[], catalogSdks: ReadonlySet<string>): ExcerptScore {
  const unused = [...excerpt.expected];
  const judged: Judged[] = [];
  const misnamed: ExpectedFinding[] = [];
  for (const finding of findings) {
    const at = unused.findIndex((e) => e.line === finding.line && e.text === finding.text);
    if (at < 0) {
      judged.push({ excerpt, finding, verdict: 'false', expected: null });
      continue;
    }
    const expected = unused.splice(at, 1)[0]!;
    const right = inCatalog(expected, catalogSdks)
      ? finding.entry !== null && finding.entry.sdk === expected.sdk && finding.entry.name === expected.name
      : finding.entry === null;
    judged.push({ excerpt, finding, verdict: right ? 'correct' : 'misnamed', expected });
    if (!right) misnamed.push(expected);
  }
  return { excerpt, judged, missed: unused, misnamed };
}

export interface Tally {
  excerpts: number;
  /** Expected findings that name a catalog entry: what recall is measured on. */
  expected: number;
  /** Of those, found and identified as expected. */
  found: number;
  /** Every finding the scanner reported. */
  claims: number;
  /** Findings that are an expected code identified as expected (catalog or outside it). */
  correctClaims: number;
  /** Expected findings outside the catalog (name null, or a family it lacks): counted for coverage only. */
  outsideExpected: number;
  /** Of those, reported as "not in the catalog". */
  outsideFound: number;
}

export function emptyTally(): Tally {
  return { excerpts: 0, expected: 0, found: 0, claims: 0, correctClaims: 0, outsideExpected: 0, outsideFound: 0 };
}

export function addScore(tally: Tally, score: ExcerptScore, catalogSdks: ReadonlySet<string>): void {
  tally.excerpts++;
  for (const e of score.excerpt.expected) {
    if (inCatalog(e, catalogSdks)) tally.expected++;
    else tally.outsideExpected++;
  }
  for (const j of score.judged) {
    tally.claims++;
    if (j.verdict !== 'correct') continue;
    tally.correctClaims++;
    if (inCatalog(j.expected!, catalogSdks)) tally.found++;
    else tally.outsideFound++;
  }
}

/** found ÷ expected and correct ÷ claims; 1 when there is nothing to divide (no code expected, no claim made). */
export function recallOf(t: Tally): number {
  return t.expected === 0 ? 1 : t.found / t.expected;
}

export function precisionOf(t: Tally): number {
  return t.claims === 0 ? 1 : t.correctClaims / t.claims;
}

export type TallyKey = Exclude<Vendor, 'none'> | 'decoys' | 'all';

export interface CorpusMeasure {
  scores: ExcerptScore[];
  /** Per vendor (real excerpts), the decoys, and all excerpts together. */
  tallies: Map<TallyKey, Tally>;
}

/**
 * Scans every excerpt with `scan` (which gets the excerpt's path and returns its findings) and
 * tallies the scores per vendor, for the decoys and overall: what bench:accuracy prints and what an
 * accuracy test can hold to a threshold.
 */
export async function measureCorpus(
  corpus: CorpusIndex,
  scan: (path: string, excerpt: Excerpt) => Promise<readonly ScoredFinding[]>,
  catalogSdks: ReadonlySet<string>,
): Promise<CorpusMeasure> {
  const tallies = new Map<TallyKey, Tally>();
  for (const key of ['aws', 'alibaba', 'tencent', 'all', 'decoys'] as const) tallies.set(key, emptyTally());
  const scores: ExcerptScore[] = [];
  for (const excerpt of corpus.excerpts) {
    const score = scoreExcerpt(excerpt, await scan(excerptPath(excerpt), excerpt), catalogSdks);
    scores.push(score);
    const key: TallyKey = excerpt.decoy || excerpt.vendor === 'none' ? 'decoys' : excerpt.vendor;
    addScore(tallies.get(key)!, score, catalogSdks);
    addScore(tallies.get('all')!, score, catalogSdks);
  }
  return { scores, tallies };
}
