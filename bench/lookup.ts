/**
 * Lookup speed, in the library and from the command line, each beside a baseline measured in the
 * same run so the numbers mean something on any machine:
 *   - library: median latency of one lookup (targets: < 2 µs for a numeric lookup), with tinybench;
 *   - CLI: start-to-answer time of `avcodes 0x5200002e` — the package's bin, dist/cli/avcodes.cjs —
 *     beside `node -e 0` (target: ≤ 1.3×), and, for comparison, the same lookup through the ES module
 *     entry dist/cli/main.js (what the bin hands every other command to).
 * It measures the built code in dist/ (run `npm run build` first), as users run it.
 *
 *   node --import tsx bench/lookup.ts [cli-runs]     (default 30 runs of each command)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';

const dist = new URL('../dist/', import.meta.url);
const { builtInIndex } = (await import(new URL('lookup/builtin.js', dist).href)) as typeof import('../src/lookup/builtin.js');
const { lookupQuery } = (await import(new URL('lookup/lookup.js', dist).href)) as typeof import('../src/lookup/lookup.js');

const cliRuns = Math.max(5, Number(process.argv[2] ?? 30));
const LIBRARY_TARGET_US = 2;
const CLI_TARGET_RATIO = 1.3;

// --- library -------------------------------------------------------------------------------
const openStarted = performance.now();
const index = builtInIndex();
const openMs = performance.now() - openStarted;

// One lookup takes about a microsecond, near the timer's resolution: each sample times a batch of
// BATCH lookups and the per-lookup figure is the sample divided by BATCH.
const BATCH = 100;
const queries: [label: string, query: string][] = [
  ['numeric, hex 0x5200002e', '0x5200002e'],
  ['numeric, decimal 1375731758 (2 readings)', '1375731758'],
  ['numeric, negative -2301 (3 readings)', '-2301'],
  ['numeric, collision 1001 (4 matches)', '1001'],
  ['numeric, misprint 0x150000010', '0x150000010'],
  ['name STATUS_STORE_OUT_OF_MEMORY', 'STATUS_STORE_OUT_OF_MEMORY'],
  ['unknown 0x520000ff (with explanation)', '0x520000ff'],
];
const bench = new Bench({ time: 400, warmupTime: 100 });
for (const [label, query] of queries) {
  bench.add(label, () => {
    for (let i = 0; i < BATCH; i++) lookupQuery(index, query);
  });
}
await bench.run();

const us = (ms: number) => (ms * 1000) / BATCH;
console.log(`library (dist/, ${index.entries.length} entries; opening the catalog and its index took ${openMs.toFixed(1)} ms once)`);
const rows = bench.tasks.map((t) => {
  const r = t.result as { latency?: { p50: number; p99: number } };
  return { label: t.name, median: us(r.latency!.p50), p99: us(r.latency!.p99) };
});
const width = Math.max(...rows.map((r) => r.label.length));
for (const r of rows) console.log(`  ${r.label.padEnd(width)}  median ${r.median.toFixed(2).padStart(6)} µs   p99 ${r.p99.toFixed(2).padStart(6)} µs`);
const numericMedian = Math.max(...rows.filter((r) => r.label.startsWith('numeric')).map((r) => r.median));
console.log(`  slowest numeric median ${numericMedian.toFixed(2)} µs — target < ${LIBRARY_TARGET_US} µs: ${numericMedian < LIBRARY_TARGET_US ? 'met' : 'NOT met'}`);

// --- CLI -----------------------------------------------------------------------------------
// Start-up time is noisy on a busy machine, so the two commands alternate run by run (both see the
// same load) and the medians are compared; tinybench would run all of one before the other.
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { bin: { avcodes: string } };
const bin = fileURLToPath(new URL(`../${packageJson.bin.avcodes}`, import.meta.url));
const esmEntry = fileURLToPath(new URL('cli/main.js', dist));
const commands: Record<string, string[]> = {
  'node -e 0': ['-e', '0'],
  'avcodes 0x5200002e': [bin, '0x5200002e'],
  'node dist/cli/main.js 0x5200002e': [esmEntry, '0x5200002e'],
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let run = -2; run < cliRuns; run++) {
  for (const [name, args] of Object.entries(commands)) {
    const started = performance.now();
    const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = performance.now() - started;
    if (child.status !== 0) throw new Error(`${name} exited ${child.status}: ${String(child.stderr)}`);
    if (run >= 0) times[name]!.push(ms); // the first two rounds warm the file cache
  }
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const bare = median(times['node -e 0']!);
const cli = median(times['avcodes 0x5200002e']!);
const viaEsm = median(times['node dist/cli/main.js 0x5200002e']!);
console.log(`CLI start to answer (median of ${cliRuns} alternating runs)`);
console.log(`  node -e 0                         ${bare.toFixed(1).padStart(6)} ms`);
console.log(`  avcodes 0x5200002e                ${cli.toFixed(1).padStart(6)} ms   ${(cli / bare).toFixed(2)}×  (the bin, ${packageJson.bin.avcodes})`);
console.log(`  node dist/cli/main.js 0x5200002e  ${viaEsm.toFixed(1).padStart(6)} ms   ${(viaEsm / bare).toFixed(2)}×  (the ES module entry)`);
console.log(`  ratio ${(cli / bare).toFixed(2)}× — target ≤ ${CLI_TARGET_RATIO}×: ${cli / bare <= CLI_TARGET_RATIO ? 'met' : 'NOT met'}`);
