// The page without a server (issue 15), in Debian's chromium: the static site (dist/site, copied
// out by `avcodes site --out`) on a plain static file server under a sub-folder, and the page
// `avcodes serve` serves — both with every /api/ request blocked. Lookups, a code page opened by
// URL and a 20 MB log dropped on the page must work, and no request made during the scan may carry
// anything of the log.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser, ROOT, screenshotPath, startServer, type RunningServer } from './e2e-helpers.js';
import { serveStatic, type StaticServer } from './static-server.js';

const NO_CHROMIUM = !existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') && 'no chromium installed';

/** Things a production log carries that must never leave the machine. */
const SECRETS = { stream: 'cam-frontdoor-SECRET-5f1c9a', endpoint: 'c2ab7x0q1yz-ats.iot.eu-west-1.amazonaws.com', user: 'user-8d41e2b7@example.org' };
const OOM_EVERY = 20_000;

/**
 * A 20 MB device log: upload lines naming the secrets, STATUS_STORE_OUT_OF_MEMORY (0x5200002e)
 * on every 20000th line, and at the end the Tencent player's three reconnections (2103) and its
 * giving up (-2301).
 */
function twentyMegabyteLog(): { text: string; lines: number; outOfMemory: number } {
  const lines: string[] = [];
  let bytes = 0;
  let outOfMemory = 0;
  const ts = (n: number) => `2026-11-30 08:${String(Math.floor(n / 60000) % 60).padStart(2, '0')}:${String(Math.floor(n / 1000) % 60).padStart(2, '0')}.${String(n % 1000).padStart(3, '0')}`;
  for (let i = 0; bytes < 20e6; i++) {
    const oom = i % OOM_EVERY === OOM_EVERY - 1;
    const line = oom
      ? `${ts(i)} E/KinesisVideo: PutFrame failed with status code: 0x5200002e`
      : `${ts(i)} I/uploader: sending fragment of stream ${SECRETS.stream} to ${SECRETS.endpoint} for ${SECRETS.user}`;
    if (oom) outOfMemory++;
    lines.push(line);
    bytes += line.length + 1;
  }
  for (const event of ['2103', '2103', '2103', '-2301']) lines.push(`2026-11-30 09:00:0${lines.length % 10}.000 W/TXLivePlayer: onPlayEvent event=${event}`);
  return { text: lines.join('\n') + '\n', lines: lines.length, outOfMemory };
}

/** Whether the page's service worker is active; false (rather than a hang) when none takes over. */
function serviceWorkerReady(page: Page): Promise<boolean> {
  return page.evaluate(() => Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 20_000))]));
}

interface Target {
  name: string;
  /** Starts the server; resolves with how to address a route (`/`, `/?q=…`, `/log`, `/code/…`). */
  start(): Promise<{ href: (route: string) => string; stop: () => Promise<unknown> }>;
}

const TARGETS: Target[] = [
  {
    name: 'the static site on a plain static file server',
    async start() {
      const out = mkdtempSync(join(tmpdir(), 'avcodes-site-'));
      const made = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'site', '--out', out, '--force'], { encoding: 'utf8' });
      assert.equal(made.status, 0, `avcodes site --out: ${made.stderr}`);
      // A sub-folder, as a project page on a shared host: every URL of the site must be relative.
      const server: StaticServer = await serveStatic(out, '/tools/avcodes/');
      return {
        href: (route) => `${server.url}#${route}`,
        stop: async () => {
          await server.stop();
          rmSync(out, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'the page avcodes serve serves',
    async start() {
      const server: RunningServer = await startServer();
      return { href: (route) => `${server.url}${route}`, stop: () => server.stop() };
    },
  },
];

for (const target of TARGETS) {
  describe(`${target.name}, in chromium with every /api/ request blocked`, { skip: NO_CHROMIUM }, () => {
    let browser: Browser;
    let site: Awaited<ReturnType<Target['start']>>;
    const problems: string[] = [];
    const apiRequests: string[] = [];

    before(async () => {
      [site, browser] = await Promise.all([target.start(), launchBrowser()]);
    });
    after(async () => {
      await browser?.close();
      await site?.stop();
    });

    async function open(route: string): Promise<{ page: Page; context: BrowserContext }> {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
      await context.route('**/api/**', (r) => {
        apiRequests.push(r.request().url());
        return r.abort();
      });
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`${route}: console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`${route}: page error: ${e.message}`));
      await page.goto(site.href(route));
      return { page, context };
    }

    it('looks up 0x5200002e typed into the box and -2301 from the URL', async () => {
      const { page, context } = await open('/');
      await page.locator('#q').pressSequentially('0x5200002e');
      // Answers to the prefixes typed on the way ("0", "0x5"…) come first: wait for the whole query's.
      await page.locator('#results .reading h2', { hasText: 'as hex 0x5200002e' }).waitFor();
      assert.equal(await page.locator('#results a.name').first().textContent(), 'STATUS_STORE_OUT_OF_MEMORY');
      assert.match((await page.locator('#results .reading h2').first().textContent()) ?? '', /as hex 0x5200002e = decimal 1375731758/);
      await page.goto(site.href('/?q=-2301'));
      await page.locator('#results a.name').first().waitFor();
      assert.ok((await page.locator('#results a.name').allTextContents()).includes('PLAY_ERR_NET_DISCONNECT'));
      // A result leads to its code page inside the site.
      await page.locator('#results a.name', { hasText: 'PLAY_ERR_NET_DISCONNECT' }).first().click();
      await page.locator('article.code-page h1').waitFor();
      assert.equal(await page.locator('article.code-page h1').textContent(), 'PLAY_ERR_NET_DISCONNECT');
      await context.close();
    });

    it('opens a code page by its URL, with the source lines it rests on', async () => {
      const { page, context } = await open('/code/aws-kvs/STATUS_HEAP_FLAGS_ERROR');
      await page.locator('article.code-page h1').waitFor();
      assert.equal(await page.locator('h1').textContent(), 'STATUS_HEAP_FLAGS_ERROR');
      assert.match((await page.locator('.misprints').textContent()) ?? '', /prints 0x01000001.*the SDK emits 0x10000001/);
      const cited = page.locator('.sources .excerpt .cited').first();
      await cited.waitFor();
      assert.match((await cited.textContent()) ?? '', /0x0100000?1|0x10000001/i);
      await context.close();
    });

    it('explains a dropped 20 MB log with the right codes and diagnosis, and no request carries any of it', async () => {
      const log = twentyMegabyteLog();
      const { page, context } = await open('/log');
      await page.locator('#log').waitFor();
      assert.match((await page.locator('#log-hint').textContent()) ?? '', /This log is read in your browser; nothing is uploaded/);
      // The static site's service worker fetches the site's files once, on install: let it finish
      // first, so that what is recorded below is the scan's own requests.
      if (target.name.includes('static')) assert.ok(await serviceWorkerReady(page), 'the site installed its service worker');
      const during: Request[] = [];
      context.on('request', (r) => during.push(r));
      const dataTransfer = await page.evaluateHandle((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'device.log', { type: 'text/plain' }));
        return dt;
      }, log.text);
      await page.dispatchEvent('#view', 'drop', { dataTransfer });
      await page.locator('#report-h').waitFor({ timeout: 120_000 });

      const findings = log.outOfMemory + 4;
      assert.equal(await page.locator('#report-h').textContent(), `${findings} findings of 3 codes in ${log.lines} lines`);
      const rows = await page.locator('table.codes tbody tr').evaluateAll((trs) => trs.map((tr) => `${tr.querySelector('a')?.textContent} ×${tr.children[2]?.textContent}`));
      assert.deepEqual(rows.sort(), [`PLAY_ERR_NET_DISCONNECT ×1`, `PLAY_WARNING_RECONNECT ×3`, `STATUS_STORE_OUT_OF_MEMORY ×${log.outOfMemory}`]);
      const diagnoses = await page.locator('.diagnoses li.diagnosis h3').allTextContents();
      assert.ok(diagnoses.some((t) => /gave up after its three reconnection attempts/.test(t)), diagnoses.join(' | '));
      assert.ok(diagnoses.some((t) => /content store is too small/.test(t)), diagnoses.join(' | '));
      assert.match((await page.locator('.log-form .status').textContent()) ?? '', /Scanned device\.log/);
      await page.screenshot({ path: screenshotPath(`site-log-${target.name.includes('static') ? 'static' : 'served'}`) });

      // Inspect every request made from the drop to the report: what, where, and what it carried.
      const samples = [...Object.values(SECRETS), 'PutFrame failed', 'onPlayEvent', 'device.log'];
      for (const r of during) {
        const carried = [r.url(), JSON.stringify(await r.allHeaders()), r.postDataBuffer()?.toString('latin1') ?? ''].join('\n');
        assert.equal(r.method(), 'GET', `${r.method()} ${r.url()}`);
        assert.equal(r.postDataBuffer(), null, `a body was sent to ${r.url()}`);
        for (const s of samples) assert.ok(!carried.includes(s), `${r.url()} carries “${s}”`);
        assert.match(new URL(r.url()).pathname, /\/assets\/(worker|catalog)-[\w-]+\.(js|json)$/, `only the scanner and the catalog are fetched, not ${r.url()}`);
      }
      await context.close();
    });

    it('shows progress while it reads a 100 MB log and stops when Cancel is pressed', async () => {
      const { page, context } = await open('/log');
      await page.locator('#log').waitFor();
      // Made in the page: 100 MB of log lines without a code, so the scan is long enough to cancel.
      const dataTransfer = await page.evaluateHandle(() => {
        const chunk = 'sending fragment of stream cam-frontdoor to the ingest endpoint\n'.repeat(16_384);
        const dt = new DataTransfer();
        dt.items.add(new File(Array.from({ length: Math.ceil(100e6 / chunk.length) }, () => chunk), 'big.log'));
        return dt;
      });
      await page.dispatchEvent('#view', 'drop', { dataTransfer });
      // Cancel is pressed in the same turn that sees the scan half-way, so a fast machine cannot finish first.
      await page.waitForFunction(() => {
        const p = document.querySelector<HTMLProgressElement>('#scan-progress');
        if (p === null || p.hidden || !(p.value > 0 && p.value < 1)) return false;
        document.querySelector<HTMLButtonElement>('#cancel-scan')!.click();
        return true;
      });
      await page.locator('.log-form .status', { hasText: 'Cancelled' }).waitFor();
      assert.equal(await page.locator('#report-h').count(), 0, 'no report for a cancelled scan');
      // The next log is scanned as usual (a fresh worker).
      await page.locator('#log').fill('PutFrame failed with status code: 0x5200002e');
      await page.getByRole('button', { name: 'Explain' }).click();
      await page.locator('#report-h').waitFor();
      assert.equal(await page.locator('#report-h').textContent(), '1 finding of 1 code in 1 line');
      await context.close();
    });

    it('says a broken .gz file is not valid gzip, and explains a good one, both read in the browser', async () => {
      const { page, context } = await open('/log');
      await page.locator('#file').setInputFiles({ name: 'broken.log.gz', mimeType: 'application/gzip', buffer: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x00, 0x01, 0x02]) });
      await page.locator('.log-form .status', { hasText: 'not a valid gzip file' }).waitFor();
      assert.match((await page.locator('.log-form .status').textContent()) ?? '', /^broken\.log\.gz is not a valid gzip file/);
      await page.locator('#file').setInputFiles({ name: 'device.log.gz', mimeType: 'application/gzip', buffer: gzipSync('onPlayEvent event=2103\nonPlayEvent event=-2301\n') });
      await page.locator('#report-h').waitFor();
      assert.equal(await page.locator('#report-h').textContent(), '2 findings of 2 codes in 2 lines');
      await context.close();
    });

    it('keeps working offline after the first visit (static site: its service worker)', { skip: !target.name.includes('static') && 'the served page is online by definition' }, async () => {
      const { page, context } = await open('/');
      assert.ok(await serviceWorkerReady(page), 'the site installed its service worker');
      await context.setOffline(true);
      await page.goto(site.href('/?q=-2301'));
      await page.locator('#results a.name', { hasText: 'PLAY_ERR_NET_DISCONNECT' }).first().waitFor();
      await page.goto(site.href('/log'));
      await page.locator('#log').fill('onPlayEvent event=2103\nonPlayEvent event=2103\nonPlayEvent event=2103\nonPlayEvent event=-2301');
      await page.getByRole('button', { name: 'Explain' }).click();
      await page.locator('#report-h').waitFor();
      assert.equal(await page.locator('#report-h').textContent(), '4 findings of 2 codes in 4 lines');
      await context.close();
    });

    it('asked nothing of /api/, and had no script errors or Content-Security-Policy violations', () => {
      assert.deepEqual(apiRequests, []);
      assert.deepEqual(problems, []);
    });
  });
}
