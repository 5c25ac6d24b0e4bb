// The web page in a real browser (Debian's chromium through playwright-core) against the built
// server, started as `npm start` starts it. Screenshots of each view go to test-output/screenshots.
import assert from 'node:assert/strict';
import { after, before, describe, it, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserSkipReason, launchBrowser, screenshotPath, startServer, type RunningServer } from './e2e-helpers.js';

let server: RunningServer;
let browser: Browser;
/** Console errors and page errors of every page: a CSP violation or a script error fails the test. */
const problems: string[] = [];

const skip = browserSkipReason();

async function open(path: string, viewport = { width: 1100, height: 900 }): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport, baseURL: server.url });
  const page = await context.newPage();
  page.on('console', (m) => {
    // A 4xx the page asked for and handles (a 404 code, a query that is words) is not a problem.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`${path}: console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${path}: page error: ${e.message}`));
  await page.goto(path);
  return { page, context };
}

const TENCENT_LOG = [
  '2021-08-12 10:23:45.120 I/TXLivePlayer: onPlayEvent event=2004 (PLAY_EVT_PLAY_BEGIN)',
  '2021-08-12 10:23:50.200 W/TXLivePlayer: onPlayEvent event=2103',
  '2021-08-12 10:23:53.300 W/TXLivePlayer: onPlayEvent event=2103',
  '2021-08-12 10:23:56.400 W/TXLivePlayer: onPlayEvent event=2103',
  '2021-08-12 10:23:59.500 E/TXLivePlayer: onPlayEvent event=-2301',
].join('\n');

// Without a browser the whole file is one skipped test, reported in one line that says how to run it.
if (skip) test('the web page in chromium', { skip }, () => undefined);
else describe('the web page in chromium', () => {
  before(async () => {
    // The browser first: when it cannot start, there is no server yet to stop.
    browser = await launchBrowser();
    server = await startServer();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('answers a code typed into the search box with the right entry, grouped by reading', async () => {
    const { page, context } = await open('/');
    await page.locator('#q').pressSequentially('0x5200002e');
    // Typing key by key answers every prefix on the way; wait for the answer to the whole query.
    await page.locator('.search p.status', { hasText: '“0x5200002e”' }).waitFor();
    const first = page.locator('#results a.name').first();
    assert.equal(await first.textContent(), 'STATUS_STORE_OUT_OF_MEMORY');
    assert.match((await page.locator('#results .reading h2').first().textContent()) ?? '', /as hex 0x5200002e = decimal 1375731758/);
    assert.match(page.url(), /\?q=0x5200002e$/, 'the search is in the URL, so it can be linked');
    await page.screenshot({ path: screenshotPath('lookup') });
    await context.close();
  });

  it('shows every reading of an ambiguous number and finds words with a typo', async () => {
    const { page, context } = await open('/?q=1001');
    await page.locator('#results .reading').first().waitFor();
    const names = await page.locator('#results a.name').allTextContents();
    assert.ok(names.includes('AV_ERR_REPEATED_OPERATION') && names.includes('PUSH_EVT_CONNECT_SUCC'), names.join(', '));
    await page.locator('#q').fill('network timeot');
    await page.locator('#results .reading[aria-label="as words"] a.name').first().waitFor();
    await context.close();
  });

  it('is usable with the keyboard: / focuses the box, arrows walk the results, Enter opens one', async () => {
    const { page, context } = await open('/log');
    await page.locator('#log').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('/');
    await page.locator('#q').waitFor();
    await page.keyboard.type('STATUS_NULL_ARG');
    // The results of a prefix may still be replaced; the arrow must walk the whole query's answer.
    await page.locator('.search p.status', { hasText: '“STATUS_NULL_ARG”' }).waitFor();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'STATUS_NULL_ARG');
    await page.keyboard.press('Enter');
    await page.locator('article.code-page h1').waitFor();
    assert.match(page.url(), /\/code\/aws-kvs\/STATUS_NULL_ARG$/);
    await context.close();
  });

  it('opens a code page by URL with every part: numbers, provenance, misprint, source text, related codes', async () => {
    const { page, context } = await open('/code/aws-kvs/STATUS_HEAP_FLAGS_ERROR');
    await page.locator('article.code-page h1').waitFor();
    assert.equal(await page.locator('h1').textContent(), 'STATUS_HEAP_FLAGS_ERROR');
    assert.match((await page.locator('.numbers.big').textContent()) ?? '', /0x10000001/);
    assert.match((await page.locator('.provenance').textContent()) ?? '', /Documented in sources\/aws-kvs-producer-errors/);
    assert.match((await page.locator('.misprints').textContent()) ?? '', /prints 0x01000001.*the SDK emits 0x10000001/);
    const cited = page.locator('.sources .excerpt .cited').first();
    await cited.waitFor();
    assert.match((await cited.textContent()) ?? '', /0x0100000?1|0x10000001/i);
    assert.ok((await page.locator('.fields dt').count()) >= 15, 'every field');
    assert.equal(await page.title(), 'STATUS_HEAP_FLAGS_ERROR — avcodes');
    await page.screenshot({ path: screenshotPath('code-page'), fullPage: true });
    await context.close();
  });

  it('says a code is defined only in the SDK source when no document has it', async () => {
    const { page, context } = await open('/code/aliyun-player/ERROR_NO_PLAY_INFO');
    await page.locator('.provenance').waitFor();
    assert.match((await page.locator('.provenance').textContent()) ?? '', /Defined in the SDK source \(.*\), not in the documentation/);
    await context.close();
  });

  it("shows the SDK's own Chinese text beside the English, on a result card and on the code page", async () => {
    // ERROR_SERVER_NO_RESPONSE: the Alibaba document's English, and AVPErrorCode.h's Chinese and English comments.
    const { page, context } = await open('/?q=20010001');
    const card = page.locator('#results li.card', { has: page.locator('a.name', { hasText: 'ERROR_SERVER_NO_RESPONSE' }) }).first();
    await card.waitFor();
    assert.equal(await card.locator('.sdk-words[lang="zh"]').textContent(), '服务器返回数据为空。');
    assert.match((await card.locator('p.summary:not(.sdk-words)').textContent()) ?? '', /server returns no response/i);
    await page.goto('/code/aliyun-player/ERROR_SERVER_NO_RESPONSE');
    const words = page.locator('section.sdk-words');
    await words.waitFor();
    assert.equal(await words.locator('span[lang="zh"]').textContent(), '服务器返回数据为空。');
    assert.equal(await words.locator('span[lang="en"]').textContent(), 'The server returns no response.');
    // A Chinese phrase of the headers finds the entries whose SDK text says it.
    await page.goto('/?q=' + encodeURIComponent('网络断开'));
    await page.locator('#results a.name', { hasText: 'TXDownloadDisconnet' }).waitFor();
    assert.match((await page.locator('#results li.card', { has: page.locator('a.name', { hasText: 'TXDownloadDisconnet' }) }).locator('.sdk-words').textContent()) ?? '', /网络断开/);
    await page.screenshot({ path: screenshotPath('sdk-words-zh') });
    await context.close();
  });

  it('says so for an unknown code id', async () => {
    const { page, context } = await open('/code/aws-kvs/NO_SUCH_CODE');
    await page.getByRole('heading', { name: 'No such code' }).waitFor();
    await context.close();
  });

  it('explains a pasted log: findings, a timeline chart by timestamp, and the diagnosis', async () => {
    const { page, context } = await open('/log');
    await page.locator('#log').fill(TENCENT_LOG);
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.locator('#report-h').waitFor();
    // Five lines: four numbers and, on the first, the event's name as well.
    const heading = (await page.locator('#report-h').textContent()) ?? '';
    assert.match(heading, /^6 findings of 3 codes in 5 lines$/);
    const codes = await page.locator('table.codes tbody a').allTextContents();
    assert.ok(codes.includes('PLAY_WARNING_RECONNECT') || codes.some((c) => /RECONNECT/.test(c)), codes.join(', '));
    assert.ok(codes.some((c) => /DISCONNECT/.test(c)), codes.join(', '));
    assert.equal(await page.locator('svg.timeline circle.mark').count(), 6, 'one mark per finding');
    assert.match((await page.locator('.timeline-section figcaption').textContent()) ?? '', /timestamp/);
    assert.ok((await page.locator('.diagnoses li.diagnosis').count()) >= 1, 'a diagnosis');
    await page.screenshot({ path: screenshotPath('log'), fullPage: true });
    await context.close();
  });

  it("offers the server's SDK registry in the log view's SDK choice, and scans with the one chosen", async () => {
    const { page, context } = await open('/log');
    await page.locator('#sdk option[value="aliyun-player"]').waitFor({ state: 'attached' });
    const registry = (await (await fetch(`${server.url}/api/v1/sdks`)).json()) as { sdks: { id: string; name: string }[] };
    const options = await page.locator('#sdk option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
    assert.deepEqual(options, [['', 'Detect from the log'], ...registry.sdks.map((s) => [s.id, s.name])]);
    await page.locator('#sdk').selectOption('tencent-lvb');
    await page.locator('#log').fill(TENCENT_LOG);
    await page.locator('button[type=submit]').click();
    await page.locator('#report table.codes').waitFor();
    await context.close();
  });

  it('explains a gzip log file opened from the page', async () => {
    const { page, context } = await open('/log');
    await page.locator('#file').setInputFiles({ name: 'device.log.gz', mimeType: 'application/gzip', buffer: gzipSync('PutFrame failed with status code: 0x5200002e\n') });
    await page.locator('#report-h').waitFor();
    assert.match((await page.locator('#report-h').textContent()) ?? '', /^1 finding of 1 code in 1 line$/);
    assert.deepEqual(await page.locator('table.codes tbody a').allTextContents(), ['STATUS_STORE_OUT_OF_MEMORY']);
    assert.match((await page.locator('.log-form .status').textContent()) ?? '', /device\.log\.gz/);
    await context.close();
  });

  it('shows a pasted <script> and <img onerror> payload as text and never runs it', async () => {
    const { page, context } = await open('/log');
    const payload = [
      '<script>window.__pwned = 1</script> onPlayEvent event=-2301',
      '<img src=x onerror="window.__pwned = 2"> status code: 0x5200002e',
      '"><svg onload="window.__pwned = 3"> STATUS_STORE_OUT_OF_MEMORY',
    ].join('\n');
    await page.locator('#log').fill(payload);
    await page.keyboard.press('Control+Enter');
    await page.locator('#report-h').waitFor();
    await page.locator('details.findings summary').click();
    const lines = await page.locator('.log-line').allTextContents();
    assert.ok(lines.some((l) => l.includes('<script>window.__pwned = 1</script>')), 'the script tag is shown as text');
    assert.ok(lines.some((l) => l.includes('<img src=x onerror="window.__pwned = 2">')), 'the img tag is shown as text');
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, 'nothing ran');
    assert.equal(await page.locator('#report img, #report script, #report svg:not(.timeline) ').count(), 0, 'no element came from the log');
    await page.screenshot({ path: screenshotPath('log-payload'), fullPage: true });
    await context.close();
  });

  it('is readable on a phone-sized screen: nothing wider than the viewport', async () => {
    const { page, context } = await open('/?q=0x01000001', { width: 390, height: 844 });
    await page.locator('#results a.name').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    await page.screenshot({ path: screenshotPath('phone-lookup') });
    await page.goto('/log');
    await page.locator('#log').fill(TENCENT_LOG);
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.locator('svg.timeline').waitFor();
    const logOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(logOverflow <= 0, `the log view is ${logOverflow}px wider than the screen`);
    await page.screenshot({ path: screenshotPath('phone-log'), fullPage: true });
    await context.close();
  });

  it('fits a 390×844 phone: code pages with long provenance and a log report have no horizontal scroll', async () => {
    const { page, context } = await open('/', { width: 390, height: 844 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    for (const id of ['tencent-lvb/PLAY_ERR_NET_DISCONNECT', 'aws-kvs/STATUS_STORE_OUT_OF_MEMORY', 'aliyun-player/ERROR_LOADING_TIMEOUT']) {
      await page.goto(`/code/${id}`);
      await page.locator('.sources .excerpt').first().waitFor();
      assert.ok((await overflow()) <= 0, `/code/${id} is ${await overflow()}px wider than the screen`);
      await page.screenshot({ path: screenshotPath(`phone-code-${id.replace('/', '-')}`), fullPage: true });
    }
    await page.goto('/log');
    await page.locator('#log').fill(TENCENT_LOG);
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.locator('#report-h').waitFor();
    await page.locator('details.findings summary').click();
    assert.ok((await overflow()) <= 0, `the log report is ${await overflow()}px wider than the screen`);
    // The narrowest phones in use: the report and the widest code page still fit.
    await page.setViewportSize({ width: 320, height: 640 });
    assert.ok((await overflow()) <= 0, `at 320 px the log report is ${await overflow()}px wider than the screen`);
    await page.goto('/code/tencent-lvb/PLAY_ERR_NET_DISCONNECT');
    await page.locator('.sources .excerpt').first().waitFor();
    assert.ok((await overflow()) <= 0, `at 320 px the code page is ${await overflow()}px wider than the screen`);
    await context.close();
  });

  it('shows each code in its SDK\'s notation: the diagnosis of a Tencent log in decimal, a KVS code page in 0x hex', async () => {
    const { page, context } = await open('/log');
    await page.locator('#log').fill(TENCENT_LOG);
    await page.getByRole('button', { name: 'Explain' }).click();
    const evidence = (await page.locator('.diagnoses .evidence').first().textContent()) ?? '';
    assert.match(evidence, /PLAY_WARNING_RECONNECT 2103 —/);
    assert.match(evidence, /PLAY_ERR_NET_DISCONNECT -2301 —/);
    assert.ok(!evidence.includes('0x00000837'), evidence);
    await page.goto('/code/aws-kvs/STATUS_STORE_OUT_OF_MEMORY');
    assert.match((await page.locator('.numbers.big').textContent()) ?? '', /^0x5200002e \(1375731758\)/);
    assert.match((await page.locator('.text-block .wording').textContent()) ?? '', /As edition v1 writes it: edition v2 damaged this text/, 'the whole older text is shown, and the page says so');
    await context.close();
  });

  it('sends words straight to the full-text search: no lookup request, no console error, not even a failed resource', async () => {
    const { page, context } = await open('/');
    const seen: string[] = [];
    page.on('console', (m) => m.type() === 'error' && seen.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && seen.push(`${r.status()} ${r.url()}`));
    const lookups: string[] = [];
    page.on('request', (r) => r.url().includes('/api/v1/lookup') && lookups.push(r.url()));
    await page.locator('#q').pressSequentially('connect timeot', { delay: 30 });
    await page.locator('#results .reading[aria-label="as words"] a.name').first().waitFor();
    assert.deepEqual(seen, []);
    assert.ok(lookups.every((u) => !decodeURIComponent(u).includes('connect t')), `no lookup of the words: ${lookups.join(', ')}`);
    await context.close();
  });

  it('offers the example names unescaped and draws link underlines below the underscores', async () => {
    const { page, context } = await open('/');
    const chips = await page.locator('.examples a').allTextContents();
    assert.ok(chips.includes('STATUS_STORE_OUT_OF_MEMORY'), chips.join(', '));
    assert.ok(chips.every((c) => !c.includes('\\')), chips.join(', '));
    await page.locator('.examples a', { hasText: 'STATUS_STORE_OUT_OF_MEMORY' }).click();
    const name = page.locator('#results a.name').first();
    await name.waitFor();
    const offset = await name.evaluate((a) => getComputedStyle(a).textUnderlineOffset);
    assert.ok(offset !== 'auto' && parseFloat(offset) > 0, `underline offset ${offset}`);
    await context.close();
  });

  it('had no script errors and no Content-Security-Policy violations', () => {
    assert.deepEqual(problems, []);
  });
});
