/**
 * Accuracy of `avcodes scan` on the real-world corpus (test/corpus/): recall and precision per
 * vendor and overall, and the claims made on the decoys.
 *
 *   npm run build && npm run bench:accuracy [-- --details] [-- --json]
 *
 * Each excerpt is scanned as the CLI scans a file (scanFile, default options), and every finding
 * it returns counts as a claim — the CLI's default output shows exactly those. A claim is correct
 * when an expected finding has the same line and written text and the same sdk and name; a code
 * outside the catalog (expected name null: a family the catalog lacks, or a code its SDK's tables do
 * not list) is correct only when reported "not in the catalog". Recall is over the expected findings
 * that name a catalog entry; the others are counted apart ("outside the catalog": coverage, not held
 * against the scanner).
 * --details lists each miss, each misnamed code and each false claim (id:line text → what it said).
 * It measures the built code in dist/, as users run it.
 */
import { existsSync } from 'node:fs';
import { loadCorpus, measureCorpus, precisionOf, recallOf, type Tally, type TallyKey } from '../test/corpus/corpus.js';

const USAGE = 'usage: npm run bench:accuracy [-- --details] [-- --json]';
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--details' && a !== '--json');
if (unknown.length > 0) {
  process.stderr.write(`bench:accuracy: unknown argument '${unknown[0]}'\n${USAGE}\n`);
  process.exit(2);
}
const details = args.includes('--details');
const asJson = args.includes('--json');

const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('scan/scanner.js', dist)) || !existsSync(new URL('catalog.json', dist))) {
  process.stderr.write('bench:accuracy: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}
const { scanFile } = (await import(new URL('scan/scanner.js', dist).href)) as typeof import('../src/scan/scanner.js');
const { list } = (await import(new URL('lookup/api.js', dist).href)) as typeof import('../src/lookup/api.js');

// The catalog's SDKs, from the catalog itself: an expected sdk outside this set is a family the
// catalog does not have yet.
const catalogSdks = new Set(list().map((e) => e.sdk));

const corpus = loadCorpus();
const { scores, tallies: byVendor } = await measureCorpus(
  corpus,
  async (path, excerpt) => {
    try {
      return (await scanFile(path)).findings;
    } catch (err) {
      process.stderr.write(`bench:accuracy: cannot scan ${excerpt.file} (${excerpt.id}): ${(err as Error).message}\n`);
      process.exit(2);
    }
  },
  catalogSdks,
);
const tally = (key: TallyKey): Tally => byVendor.get(key)!;

const misses = scores.flatMap((s) => s.missed.map((e) => ({ id: s.excerpt.id, ...e })));
const wrong = scores.flatMap((s) => s.judged.filter((j) => j.verdict !== 'correct').map((j) => ({ id: s.excerpt.id, verdict: j.verdict, line: j.finding.line, text: j.finding.text, said: said(j.finding.entry), expected: j.expected })));

if (asJson) {
  const rows = Object.fromEntries([...byVendor].map(([k, t]) => [k, { ...t, recall: recallOf(t), precision: precisionOf(t) }]));
  process.stdout.write(JSON.stringify({ excerpts: corpus.excerpts.length, tallies: rows, misses, wrong }, null, 2) + '\n');
} else {
  const fmt = (x: number) => x.toFixed(3);
  const header = ['', 'excerpts', 'expected', 'found', 'recall', 'claims', 'correct', 'precision', 'outside the catalog'];
  const rows = [...byVendor].map(([k, t]) => [
    k === 'decoys' ? 'decoys' : k,
    String(t.excerpts),
    String(t.expected),
    String(t.found),
    k === 'decoys' ? '' : fmt(recallOf(t)),
    String(t.claims),
    String(t.correctClaims),
    k === 'decoys' ? '' : fmt(precisionOf(t)),
    t.outsideExpected === 0 ? '' : `${t.outsideFound}/${t.outsideExpected} reported`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const out = [`avcodes scan on the real-world corpus (${corpus.excerpts.length} excerpts, test/corpus/index.json)`, '', line(header), ...rows.map(line)];
  out.push('', `decoys: ${tally('decoys').claims} claims on ${tally('decoys').excerpts} decoy excerpts (target 0)`);
  out.push(`${misses.length} missed, ${wrong.filter((w) => w.verdict === 'misnamed').length} misnamed, ${wrong.filter((w) => w.verdict === 'false').length} false claims${details ? '' : ' (--details lists them)'}`);
  if (details) {
    out.push('', 'Missed (expected, not found at that line and text):');
    for (const m of misses) out.push(`  ${m.id}:${m.line} ${m.text} → expected ${m.sdk}/${m.name ?? '(not in the catalog)'}`);
    out.push('', 'Misnamed (found, identified otherwise):');
    for (const w of wrong.filter((x) => x.verdict === 'misnamed')) out.push(`  ${w.id}:${w.line} ${w.text} → said ${w.said}; expected ${w.expected!.sdk}/${w.expected!.name ?? '(not in the catalog)'}`);
    out.push('', 'False claims (no code expected at that line and text):');
    for (const w of wrong.filter((x) => x.verdict === 'false')) out.push(`  ${w.id}:${w.line} ${w.text} → said ${w.said}`);
  }
  process.stdout.write(out.join('\n') + '\n');
}

function said(entry: { sdk: string; name: string } | null): string {
  return entry ? `${entry.sdk}/${entry.name}` : '(not in the catalog)';
}
