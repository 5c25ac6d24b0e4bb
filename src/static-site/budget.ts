/**
 * The first-load size of the built page: what a browser fetches to show it (the HTML, its scripts
 * and styles, the catalog, the service worker), gzipped as a host would send it — checked against
 * a budget by the build and printed by `avcodes site`. The scan worker is fetched on the first
 * scan only and is reported apart.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget for the first load, gzipped (issue 15: a page that opens fast on a slow link). */
export const FIRST_LOAD_BUDGET_BYTES = 300_000;

export interface SizedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface SiteSize {
  firstLoad: SizedFile[];
  firstLoadGzip: number;
  onFirstScan: SizedFile[];
  budget: number;
  withinBudget: boolean;
}

function sized(dir: string, file: string): SizedFile {
  const body = readFileSync(join(dir, file));
  return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
}

/** Measures a built page directory (dist/site or dist/web). */
export function measureSite(dir: string): SiteSize {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // What index.html loads: its scripts, styles, preloads and icon (page links start with # or are absolute routes).
  const referenced = [...html.matchAll(/\s(?:src|href)="(?:\.\/|\/)?([^"#:?]+\.(?:js|css|svg))"/g)].map((m) => m[1]!);
  const assets = existsSync(join(dir, 'assets')) ? readdirSync(join(dir, 'assets')).map((f) => `assets/${f}`) : [];
  const catalog = assets.filter((f) => /^assets\/catalog-[\w-]+\.json$/.test(f));
  const serviceWorker = existsSync(join(dir, 'sw.js')) ? ['sw.js'] : [];
  const firstLoad = ['index.html', ...new Set(referenced), ...catalog, ...serviceWorker].map((f) => sized(dir, f));
  const onFirstScan = assets.filter((f) => /^assets\/worker-[\w-]+\.js$/.test(f)).map((f) => sized(dir, f));
  const firstLoadGzip = firstLoad.reduce((n, f) => n + f.gzipBytes, 0);
  return { firstLoad, firstLoadGzip, onFirstScan, budget: FIRST_LOAD_BUDGET_BYTES, withinBudget: firstLoadGzip <= FIRST_LOAD_BUDGET_BYTES };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

/** The report as the build prints it: one line per file, then the total against the budget. */
export function formatSiteSize(size: SiteSize): string {
  const width = Math.max(...[...size.firstLoad, ...size.onFirstScan].map((f) => f.file.length));
  const row = (f: SizedFile) => `  ${f.file.padEnd(width)}  ${kb(f.bytes).padStart(10)}  ${kb(f.gzipBytes).padStart(9)} gzipped`;
  return [
    'first load:',
    ...size.firstLoad.map(row),
    `  total ${kb(size.firstLoadGzip)} gzipped of a ${kb(size.budget)} budget (${Math.round((size.firstLoadGzip / size.budget) * 100)}%)${size.withinBudget ? '' : ' — OVER BUDGET'}`,
    'on the first scan:',
    ...size.onFirstScan.map(row),
  ].join('\n');
}
