// The static site as `npm run build` writes it and `avcodes site --out` copies it: relative URLs,
// the CSP in the page, the catalog and the source documents beside it, and the first-load budget.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIRST_LOAD_BUDGET_BYTES, measureSite } from '../src/static-site/budget.js';

const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const SITE = fileURLToPath(new URL('../dist/site', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'avcodes-site-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function avcodes(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, ...args], { env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: unknown }).code) : 0, stdout, stderr });
    });
  });
}

describe('the static site (dist/site)', () => {
  const html = readFileSync(join(SITE, 'index.html'), 'utf8');

  test('loads its scripts, styles and icon by relative URLs, so any folder of any host works', () => {
    const assets = [...html.matchAll(/<(?:script|link)\b[^>]*\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(assets.length >= 3, assets.join(', '));
    for (const url of assets) assert.match(url, /^\.\/(assets\/|favicon)/, `${url} is relative to the page`);
  });

  test('carries the Content-Security-Policy in a meta tag, workers from self, Trusted Types required', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    assert.ok(csp, 'a CSP meta tag');
    for (const directive of ["default-src 'none'", "script-src 'self'", "worker-src 'self'", "require-trusted-types-for 'script'", 'trusted-types avcodes-worker']) {
      assert.ok(csp.includes(directive), `${directive} in ${csp}`);
    }
    assert.ok(!/unsafe-inline|unsafe-eval/.test(csp), csp);
  });

  test('has the catalog, the scan worker, the service worker and every source document the catalog cites', () => {
    const assets = readdirSync(join(SITE, 'assets'));
    assert.ok(assets.some((f) => /^catalog-[\w-]+\.json$/.test(f)), assets.join(', '));
    assert.ok(assets.some((f) => /^worker-[\w-]+\.js$/.test(f)), assets.join(', '));
    assert.ok(existsSync(join(SITE, 'sw.js')));
    const catalog = JSON.parse(readFileSync(fileURLToPath(new URL('../dist/catalog.json', import.meta.url)), 'utf8')) as { entries: { sources: { file: string }[] }[] };
    for (const file of new Set(catalog.entries.flatMap((e) => e.sources.map((s) => s.file)))) assert.ok(existsSync(join(SITE, file)), `${file} is in the site`);
  });

  test('its first load fits the budget of 300 KB gzipped', () => {
    const size = measureSite(SITE);
    assert.equal(FIRST_LOAD_BUDGET_BYTES, 300_000);
    assert.deepEqual(size.firstLoad.map((f) => f.file.replace(/-[\w-]+\./, '-*.')).sort(), ['assets/catalog-*.json', 'assets/index-*.css', 'assets/index-*.js', 'favicon.svg', 'index.html', 'sw.js']);
    assert.ok(size.firstLoadGzip <= FIRST_LOAD_BUDGET_BYTES, `${size.firstLoadGzip} bytes`);
  });
});

describe('avcodes site --out', () => {
  test('writes the site into a new folder and prints its first-load size against the budget', async () => {
    const out = join(scratch, 'new', 'public');
    const r = await avcodes(['site', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), readFileSync(join(SITE, 'index.html'), 'utf8'));
    assert.match(r.stdout, /^wrote \d+ files to /);
    assert.match(r.stdout, /total [\d.]+ KB gzipped of a 300\.0 KB budget/);
  });

  const cases: [string, () => string[], RegExp][] = [
    ['a folder that already has files, without --force', () => {
      const dir = join(scratch, 'busy');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'keep.txt'), 'mine');
      return ['site', '--out', dir];
    }, /is not empty; add --force/],
    ['a file instead of a folder', () => {
      const file = join(scratch, 'a-file');
      writeFileSync(file, 'x');
      return ['site', '--out', file, '--force'];
    }, /is a file, not a folder/],
    ['no --out', () => ['site'], /required option '--out <dir>'/],
  ];
  for (const [what, args, message] of cases) {
    test(`refuses ${what} with one line on stderr and exit 2`, async () => {
      const r = await avcodes(args());
      assert.equal(r.code, 2, `${what}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    });
  }

  test('with --force writes into a folder that has files and keeps the others', async () => {
    const dir = join(scratch, 'busy-forced');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'keep.txt'), 'mine');
    const r = await avcodes(['site', '--out', dir, '--force']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'keep.txt'), 'utf8'), 'mine');
    assert.ok(existsSync(join(dir, 'index.html')));
  });
});
