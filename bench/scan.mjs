#!/usr/bin/env node
// Benchmark of `avcodes scan` against `rg -o` on the same generated log.
//
//   node bench/scan.mjs [size-in-MB] [--quick] [--keep]
//
// Generates a mixed log (KVS producer, Android logcat with TXLivePlayer/AliPlayer, ILVB; nine
// lines in ten are noise full of numbers that are not codes) in a temp dir, then times, in
// separate processes:
//   - the scanner (dist/scan, the compiled code the CLI runs), all findings identified and
//     counted, summary and diagnosis built; its peak RSS from the kernel (getrusage maxrss);
//   - `rg -o` extracting the same candidate tokens (numbers in decimal or 0x-hex, optionally
//     signed, and UPPER_SNAKE names), output to /dev/null.
// Prints MB/s for both, the ratio (scanner ÷ rg, target ≥ 1.0) and the scanner's peak RSS
// (target < 150 MB). Default size 256 MB; --quick is 32 MB. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, statSync, writeSync, closeSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const keep = args.includes('--keep');
const sizeArg = args.find((a) => /^\d+$/.test(a));
const sizeMB = sizeArg ? Number(sizeArg) : quick ? 32 : 256;
const RG_PATTERN = String.raw`-?\b(?:0[xX][0-9a-fA-F]+|[0-9]+)\b|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b`;

if (!existsSync(join(root, 'dist', 'scan', 'scanner.js'))) {
  console.error('bench/scan: dist/scan is missing; run `npm run build` first');
  process.exit(2);
}

// ---- generate ------------------------------------------------------------------------------
let seed = 0x2545f491;
const rnd = (n) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
const pick = (a) => a[rnd(a.length)];
const pad = (n, w) => String(n).padStart(w, '0');
const hex8 = (n) => '0x' + (n >>> 0).toString(16).padStart(8, '0');

const kvsCodes = [0x5200002e, 0x52000010, 0x5200005e, 0x15000011, 0x32000002, 0x5200002f, 0x52000037];
const tencentPlay = [2001, 2002, 2003, 2004, 2007, 2103, 2105, -2301, 2006];
// Noise: what device logs are mostly made of — timestamps, sizes, durations, pointers, thread
// ids, heap flags, HTTP and curl lines, IPs, versions, fragment numbers. Every number here is a
// decoy the scanner has to look at and reject.
const noise = [
  (ts) => `${ts} [DEBUG] putKinesisVideoFrame(): frame pts ${rnd(1e9)} dts ${rnd(1e9)} size ${rnd(200000)} bytes flags 0x${pad(rnd(2), 8)}`,
  (ts) => `${ts} [INFO ] kvssink stream metrics: current view duration ${rnd(10000)} ms, allocation size ${rnd(1e8)}, storage ${rnd(100)}%`,
  (ts) => `${ts} [WARN ] curlCompleteSync(): curl perform failed for url https://kinesisvideo.us-west-2.amazonaws.com/describeStream with result Timeout was reached : 28`,
  (ts) => `${ts.slice(5)}  ${1000 + rnd(9000)}  ${1000 + rnd(9000)} D AliPlayer: onInfo type ${rnd(10)} extra ${rnd(100000)} buffered ${rnd(60000)}ms`,
  (ts) => `${ts} [DEBUG] thread 0x${(0x7f0000000000 + rnd(0xffffff)).toString(16)} heap 0x${(0x55d000000000 + rnd(0xffffff)).toString(16)} alloc ${rnd(65536)}`,
  (ts) => `${ts} GET /v1/streams/${rnd(1e6)}?t=${rnd(1e9)} HTTP/1.1 200 ${rnd(50000)} ip 10.${rnd(256)}.${rnd(256)}.${rnd(256)} version 3.${rnd(10)}.${rnd(10)}`,
  (ts) => `${ts} [INFO ] fragment ack: {"EventType":"PERSISTED","FragmentTimecode":${rnd(1e9)},"FragmentNumber":"9134385233318143${rnd(1e9)}"}`,
  (ts) => `${ts} [DEBUG] ${pick(['encoder', 'muxer', 'pipeline', 'network'])} stats bitrate ${rnd(5000)} kbps fps ${rnd(60)} width 1280 height 720 drop ${rnd(10)}`,
  (ts) => `${ts.slice(5)}  ${1000 + rnd(9000)}  ${1000 + rnd(9000)} I TXLivePlayer: onNetStatus CPU_USAGE=${rnd(100)} VIDEO_BITRATE=${rnd(3000)} NET_SPEED=${rnd(5000)} VIDEO_FPS=${rnd(30)}`,
  (ts) => `${ts} [DEBUG] AVSDK EnterRoom room ${rnd(1e6)} tinyid ${rnd(1e9)} retry ${rnd(3)}`,
];
// Codes, in the notations the SDKs print them.
const codes = [
  (ts) => `${ts} [ERROR] PutFrame failed with status code: ${hex8(pick(kvsCodes))}`,
  (ts) => `${ts.slice(5)}  ${1000 + rnd(9000)}  ${1000 + rnd(9000)} I TXLivePlayer: onPlayEvent event=${pick(tencentPlay)} param=${rnd(100)}`,
  (ts) => `${ts.slice(5)}  ${1000 + rnd(9000)}  ${1000 + rnd(9000)} E AliPlayer: onError error_code * ${pick(['20030004', '20050003', '20010105'])} * msg=network`,
  (ts) => `${ts} AVSDK EnterRoom result ${pick([1001, 1003, 10003, 1005])} tinyid ${rnd(1e9)}`,
];
// About one line in nine carries a code: an error-heavy device log.
const templates = [...noise, ...noise, ...noise, ...codes];

function generate(path, bytes) {
  const fd = openSync(path, 'w');
  let written = 0;
  let second = 0;
  const parts = [];
  let partBytes = 0;
  while (written < bytes) {
    second += rnd(3);
    const ts = `2024-05-${pad(1 + ((second / 86400) | 0) % 28, 2)} ${pad(((second / 3600) | 0) % 24, 2)}:${pad(((second / 60) | 0) % 60, 2)}:${pad(second % 60, 2)}.${pad(rnd(1000), 3)}`;
    const line = pick(templates)(ts) + '\n';
    parts.push(line);
    partBytes += line.length;
    if (partBytes >= 4 << 20) {
      writeSync(fd, parts.join(''));
      written += partBytes;
      parts.length = 0;
      partBytes = 0;
    }
  }
  if (parts.length) writeSync(fd, parts.join(''));
  closeSync(fd);
}

// ---- run -----------------------------------------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), 'avcodes-bench-'));
const log = join(dir, 'mixed.log');
process.stdout.write(`generating ${sizeMB} MB log in ${dir} … `);
generate(log, sizeMB * 1024 * 1024);
const size = statSync(log).size;
console.log(`${(size / 1048576).toFixed(0)} MB`);

const scanScript = `
import { Scanner, scanFileInto } from ${JSON.stringify(join(root, 'dist', 'scan', 'scanner.js'))};
// Like \`avcodes scan --format text|summary\`: every code identified, counted, diagnosed.
const s = new Scanner();
const t0 = process.hrtime.bigint();
await scanFileInto(s, process.argv[1]);
const r = s.result();
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(JSON.stringify({ ms, findings: r.summary.findings, codes: r.summary.codes.length, diagnoses: r.diagnoses.length, maxRssKB: process.resourceUsage().maxRSS }));
`;

function timed(cmd, argv, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { maxBuffer: 1 << 26, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  return { ms, r };
}

// Warm the page cache so both tools read from memory.
timed('cat', [log], { stdio: ['ignore', 'ignore', 'inherit'] });

const runs = quick ? 1 : 3;
let best = null;
for (let i = 0; i < runs; i++) {
  const { ms, r } = timed(process.execPath, ['--input-type=module', '-e', scanScript, log], { stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) {
    console.error('scanner failed');
    process.exit(1);
  }
  const out = JSON.parse(r.stdout.toString());
  if (!best || ms < best.ms) best = { ms, ...out, inner: out.ms };
}

let rg = null;
const hasRg = spawnSync('rg', ['--version']).status === 0;
if (hasRg) {
  for (let i = 0; i < runs; i++) {
    const devnull = openSync('/dev/null', 'w');
    const { ms, r } = timed('rg', ['-o', '--no-line-number', '--no-filename', '-e', RG_PATTERN, log], { stdio: ['ignore', devnull, 'inherit'] });
    closeSync(devnull);
    if (r.status !== 0 && r.status !== 1) {
      console.error('rg failed');
      process.exit(1);
    }
    if (!rg || ms < rg.ms) rg = { ms };
  }
}

const mbps = (ms) => size / 1048576 / (ms / 1000);
const line = (label, ms) => `${label.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(7)} s ${mbps(ms).toFixed(0).padStart(6)} MB/s`;
console.log(`\nbest of ${runs} run${runs > 1 ? 's' : ''}, wall clock of the whole process (startup and catalog load included)`);
console.log(line('avcodes scan (dist/scan)', best.ms));
if (rg) console.log(line('rg -o (same candidate tokens)', rg.ms));
else console.log('rg -o                              not installed (apt-get install ripgrep)');
if (rg) console.log(`ratio scanner/rg                   ${(rg.ms / best.ms).toFixed(2)}  (target ≥ 1.0)`);
console.log(`scanner peak RSS                   ${(best.maxRssKB / 1024).toFixed(0)} MB  (target < 150 MB)`);
console.log(`findings ${best.findings}, distinct codes ${best.codes}, diagnoses ${best.diagnoses}; scan loop alone ${mbps(best.inner).toFixed(0)} MB/s`);
if (!keep) rmSync(dir, { recursive: true, force: true });
else console.log(`kept ${log}`);
