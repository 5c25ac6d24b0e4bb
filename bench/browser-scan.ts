// In-browser log scanning (the static site's worker) against `avcodes scan` on the same log.
//
//   node --import tsx bench/browser-scan.ts [size-in-MB]     (default 100; run `npm run build` first)
//
// The log is one 1 MB block of mixed lines (KVS statuses, Tencent player events, noise with numbers)
// repeated: written to a temp file for the CLI, and assembled as a Blob inside the page for the
// browser, then dropped on dist/site's "Explain a log" (served by a plain static server, chromium).
// Prints each one's MB/s, their ratio (browser ÷ CLI), and the page's longest main-thread stall
// during the scan (a 10 ms interval timer's largest gap): the page stays responsive while it reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, ROOT } from '../test/e2e-helpers.js';
import { serveStatic } from '../test/static-server.js';

const sizeMB = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100);

function block(): string {
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < 1 << 20; i++) {
    const t = `2026-11-30 08:${String(Math.floor(i / 600) % 60).padStart(2, '0')}:${String(Math.floor(i / 10) % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}`;
    const line =
      i % 50 === 7
        ? `${t} E/KinesisVideo: PutFrame failed with status code: 0x5200002e`
        : i % 50 === 23
          ? `${t} W/TXLivePlayer: onPlayEvent event=2103`
          : `${t} I/uploader: fragment ${i} size ${i * 37 % 9000} bytes took ${i % 300} ms on thread ${i % 17}`;
    lines.push(line);
    bytes += line.length + 1;
  }
  return lines.join('\n') + '\n';
}

const chunk = block();
const dir = mkdtempSync(join(tmpdir(), 'avcodes-browser-bench-'));
const file = join(dir, 'bench.log');
const fd = openSync(file, 'w');
for (let i = 0; i < sizeMB; i++) writeSync(fd, chunk);
closeSync(fd);
const bytes = chunk.length * sizeMB;

// Baseline: the CLI on the same bytes.
const cliStart = performance.now();
const cli = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'scan', file, '--format', 'summary', '--no-progress'], { encoding: 'utf8', maxBuffer: 64 << 20 });
const cliMs = performance.now() - cliStart;
const cliHeader = cli.stdout.split('\n')[0] ?? '';

const server = await serveStatic(join(ROOT, 'dist', 'site'), '/');
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  // Notes when the worker's report arrives (before the page's own listener draws it).
  await page.addInitScript(() => {
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e: MessageEvent<{ type?: string }>) => {
          if (e.data?.type === 'done') (window as unknown as { __answered: number }).__answered = performance.now();
        });
      }
    };
  });
  if (process.env.DEBUG_STALLS) page.on('console', (m) => console.log('page:', m.text()));
  await page.goto(`${server.url}#/log`);
  if (process.env.DEBUG_STALLS) await page.evaluate(() => ((globalThis as unknown as { __debug: boolean }).__debug = true));
  await page.locator('#log').waitFor();
  const dataTransfer = await page.evaluateHandle(
    ({ text, n }) => {
      const dt = new DataTransfer();
      dt.items.add(new File(Array.from({ length: n }, () => text), 'bench.log'));
      return dt;
    },
    { text: chunk, n: sizeMB },
  );
  // The main thread's stalls: gaps of a 10 ms timer, each with the time it ended, and when the
  // report started to be drawn (the worker's answer arrived), to tell the scan from the drawing.
  await page.evaluate(() => {
    const w = window as unknown as { __gaps: [number, number][]; __last: number; __answered: number };
    w.__gaps = [];
    w.__answered = Infinity;
    w.__last = performance.now();
    window.setInterval(() => {
      const now = performance.now();
      w.__gaps.push([now, now - w.__last]);
      w.__last = now;
    }, 10);
  });
  // Baseline in the same run: the timer's longest gap over 3 s with nothing to do (the machine's own load).
  await page.waitForTimeout(3000);
  const idle = await page.evaluate(() => Math.max(0, ...(window as unknown as { __gaps: [number, number][] }).__gaps.map(([, gap]) => gap)));
  await page.evaluate(() => ((window as unknown as { __gaps: [number, number][] }).__gaps = []));
  const start = Date.now();
  await page.dispatchEvent('#view', 'drop', { dataTransfer });
  await page.locator('#report-h').waitFor({ timeout: 600_000 });
  const browserMs = Date.now() - start;
  const heading = await page.locator('#report-h').textContent();
  const { scanning, drawing } = await page.evaluate(() => {
    const w = window as unknown as { __gaps: [number, number][]; __answered: number };
    // A gap that ends after the report arrived is the page receiving and drawing it, not the scan.
    const before = w.__gaps.filter(([end]) => end <= w.__answered).map(([, gap]) => gap);
    const afterwards = w.__gaps.filter(([end]) => end > w.__answered).map(([, gap]) => gap);
    if ((globalThis as unknown as { __debug?: boolean }).__debug) console.log(JSON.stringify(w.__gaps.filter(([, g]) => g > 50).map(([e, g]) => [Math.round(e - w.__answered), Math.round(g)])));
    return { scanning: Math.max(0, ...before), drawing: Math.max(0, ...afterwards) };
  });
  const mbs = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  console.log(`log: ${(bytes / 1e6).toFixed(1)} MB`);
  console.log(`avcodes scan (CLI)     ${(cliMs / 1000).toFixed(2)} s  ${mbs(cliMs)} MB/s   ${cliHeader}`);
  console.log(`browser (site worker)  ${(browserMs / 1000).toFixed(2)} s  ${mbs(browserMs)} MB/s   ${heading}`);
  console.log(`ratio browser ÷ CLI throughput: ${(cliMs / browserMs).toFixed(2)}×`);
  console.log(`longest main-thread stall while the worker scans: ${scanning.toFixed(0)} ms; while the report is drawn: ${drawing.toFixed(0)} ms; idle page, same run: ${idle.toFixed(0)} ms`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
