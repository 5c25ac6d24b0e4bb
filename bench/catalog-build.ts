/**
 * How long building the catalog from all sources takes (target: under 1 s), beside two baselines
 * measured in the same run on the same machine, so the number means something on any machine:
 *   - read: reading every source and data file and JSON-parsing the JSON ones (the I/O floor);
 *   - node: starting `node -e 0` (what any CLI invocation pays anyway).
 *
 *   node --import tsx bench/catalog-build.ts [runs]     (default 20 runs after 3 warm-ups)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from '../src/catalog/build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Math.max(1, Number(process.argv[2] ?? 20));
const TARGET_MS = 1000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const inputs = [...filesUnder(join(root, 'sources')), ...filesUnder(join(root, 'data'))];

function measure(fn: () => unknown, n: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times;
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const min = (xs: number[]) => Math.min(...xs);
const ms = (x: number) => `${x.toFixed(1).padStart(8)} ms`;

let entries = 0;
let bytes = 0;
const coldStart = performance.now();
entries = buildCatalog({ root }).catalog.entries.length;
const cold = performance.now() - coldStart;

measure(() => buildCatalog({ root }), 3);
const build = measure(() => buildCatalog({ root }), runs);

const read = measure(() => {
  bytes = 0;
  for (const f of inputs) {
    const text = readFileSync(f, 'utf8');
    bytes += Buffer.byteLength(text);
    if (f.endsWith('.json')) JSON.parse(text);
  }
}, runs);

const node = measure(() => {
  const r = spawnSync(process.execPath, ['-e', '0']);
  if (r.status !== 0) throw new Error('node -e 0 failed');
}, Math.min(runs, 10));

const rows: [string, number[]][] = [
  ['build catalog (warm)', build],
  ['baseline: read + JSON.parse inputs', read],
  ['baseline: node -e 0 start-up', node],
];
process.stdout.write(`catalog build: ${entries} entries from ${inputs.length} files (${(bytes / 1024).toFixed(0)} KiB), ${runs} runs, Node ${process.version}, ${process.platform}/${process.arch}\n\n`);
process.stdout.write(`${'what'.padEnd(38)}${'median'.padStart(11)}${'min'.padStart(11)}\n`);
for (const [what, xs] of rows) process.stdout.write(`${what.padEnd(38)}${ms(median(xs))}${ms(min(xs))}\n`);
process.stdout.write(`${'first build in this process (cold)'.padEnd(38)}${ms(cold)}\n\n`);
process.stdout.write(`build / read+parse baseline: ${(median(build) / median(read)).toFixed(1)}x   build / node start-up: ${(median(build) / median(node)).toFixed(2)}x\n`);
const verdict = median(build) < TARGET_MS && cold < TARGET_MS;
process.stdout.write(`target: median and cold build under ${TARGET_MS} ms — ${verdict ? 'met' : 'NOT MET'}\n`);
process.exitCode = verdict ? 0 : 1;
