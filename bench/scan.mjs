#!/usr/bin/env node
// Benchmark of `avcodes scan` against `rg -o` on the same generated logs, two profiles.
//
//   node bench/scan.mjs [size-in-MB] [--quick] [--keep] [--profile mixed|digit-dense]
//
// Generates each profile's log (seeded, so every run scans the same bytes) in a temp dir:
//   - mixed: KVS producer, Android logcat with TXLivePlayer/AliPlayer, ILVB; nine lines in ten
//     are noise full of numbers that are not codes;
//   - digit-dense: most lines carry several numbers (ids, pointers, sizes, timecodes, 64-bit
//     RTCP times), in the shapes of real KVS, GStreamer, WebRTC and logcat debug logs (sources
//     cited at the templates); one line in about fifteen carries a code.
// Then times, in separate processes, alternating the two tools so a change of load hits both:
//   - the scanner (dist/scan, the compiled code the CLI runs), all findings identified and
//     counted, summary and diagnosis built; its peak RSS from the kernel (getrusage maxrss);
//   - `rg -o` extracting the same candidate tokens (numbers in decimal or 0x-hex, optionally
//     signed, and UPPER_SNAKE names), output to /dev/null.
// Prints MB/s for both, the ratio (scanner ÷ rg, target ≥ 1.0) by wall clock and by CPU time
// (user + system of the whole process, from bash's `times`), and the scanner's peak RSS (target
// < 150 MB). Default size 256 MB per profile; --quick is 32 MB. Run `npm run build` first.
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
const profileArg = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : null;
const sizeMB = sizeArg ? Number(sizeArg) : quick ? 32 : 256;
const RG_PATTERN = String.raw`-?\b(?:0[xX][0-9a-fA-F]+|[0-9]+)\b|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b`;

if (!existsSync(join(root, 'dist', 'scan', 'scanner.js'))) {
  console.error('bench/scan: dist/scan is missing; run `npm run build` first');
  process.exit(2);
}

// ---- generate ------------------------------------------------------------------------------
const SEED = 0x2545f491;
let seed = SEED;
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
const mixedTemplates = [...noise, ...noise, ...noise, ...codes];

// Digit-dense: the line shapes of real debug logs, each with several numbers, the numbers drawn
// from the seeded generator. Sources of the shapes:
//   KVS producer SDK frame log: awslabs/amazon-kinesis-video-streams-producer-sdk-cpp#241
//   GStreamer GST_DEBUG lines (pid, thread pointer, object pointers): …-producer-sdk-cpp#395
//   KVS WebRTC VERBOSE RTCP and frame logs: awslabs/amazon-kinesis-video-streams-webrtc-sdk-c#1557,
//     #1632, and writeFrame() of pull request #2330
//   Android logcat of an RTP sender (pid-tid/package): pedroSG94/RTSP-Server#57
// A 64-bit NTP time as the RTCP logs print it: 20 digits, past what a double holds exactly.
const big = () => `1663${pad(rnd(1e9), 9)}${pad(rnd(1e7), 7)}`;
const gstTime = () => `0:${pad(rnd(60), 2)}:${pad(rnd(60), 2)}.${pad(rnd(1e9), 9)}`;
const ptr = () => `0x${(0x5564000000 + rnd(0xffffff) * 16).toString(16)}`;
const denseNoise = [
  (ts) => `${ts.slice(0, 19)} [${139959643350784 + rnd(1000)}] DEBUG - pts: ${rnd(1e9)}, dts: ${rnd(1e9)}, duration: ${rnd(2) * 333333}, size: ${rnd(200000)}, trackId: ${1 + rnd(2)}, isKey: ${rnd(2)}`,
  () => `${gstTime()} ${pad(1000 + rnd(30000), 5)}   ${ptr()} INFO                    task gsttask.c:457:gst_task_set_lock: setting stream lock ${ptr()} on task ${ptr()}`,
  () => `${gstTime()} ${pad(1000 + rnd(30000), 5)}   ${ptr()} DEBUG                basesrc gstbasesrc.c:${2000 + rnd(1000)}:gst_base_src_get_range:<src> fragment offset ${rnd(1e9)} size ${rnd(65536)} pts ${gstTime()} dur ${gstTime()}`,
  (ts) => `${ts.slice(0, 19)} VERBOSE rtcpReportsCallback(): sender report ${rnd(2 ** 31)} ${big()} ${rnd(1e9) * 1e5 + rnd(1e5)} : ${rnd(1000)} packets ${rnd(1e6)} bytes`,
  (ts) => `${ts.slice(0, 19)} VERBOSE sampleFrameHandler(): Frame received. TrackId: ${140503815000000 + rnd(1e6)}, Size: ${rnd(2000)}, Flags ${rnd(100000)}`,
  (ts) => `${ts} VERBOSE writeFrame(): writeFrame: track=video, trackId=myVideoTrack, pts=${rnd(1e9) * 100}, rtpTs=${rnd(2 ** 31)}, size=${rnd(20000)}B, rtpPayload=${rnd(20000)}B, wireSize=${rnd(20000)}B, seqNums=${rnd(65536)}-${rnd(65536)}, keyFrame=${pick(['yes', 'no'])}`,
  (ts) => `${ts.slice(0, 19)} VERBOSE onRtcpSenderReport(): RTCP_PACKET_TYPE_SENDER_REPORT ${rnd(2 ** 31)} ${big()} rtpTs: ${rnd(2 ** 31)} ${rnd(1000)} pkts ${rnd(1e6)} bytes`,
  (ts) => `${ts} ${1000 + rnd(9000)}-${1000 + rnd(9000)}/com.pedro.sample I/BaseRtpSocket: wrote packet: ${pick(['Video', 'Audio'])}, size: ${rnd(1500)}`,
];
// About one line in fifteen carries a code.
const denseTemplates = [...Array(7).fill(denseNoise).flat(), ...codes];

const PROFILES = [
  { name: 'mixed', templates: mixedTemplates, about: 'one line in nine carries a code; the rest is noise full of numbers' },
  { name: 'digit-dense', templates: denseTemplates, about: 'most lines carry several numbers (ids, pointers, sizes, timecodes)' },
];

function generate(path, bytes, templates) {
  seed = SEED; // the same bytes in every run
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

const hasBash = spawnSync('bash', ['-c', 'true']).status === 0;
const hasRg = spawnSync('rg', ['--version']).status === 0;
const quote = (a) => `'${a.replace(/'/g, `'\\''`)}'`;

/**
 * Runs a command; returns its wall-clock ms, its CPU ms (user + system of it and its children,
 * from bash's `times`; null without bash) and its stdout. stdout may go to /dev/null.
 */
function timed(argv, { devNull = false } = {}) {
  const t0 = process.hrtime.bigint();
  const r = hasBash
    ? spawnSync('bash', ['-c', `${argv.map(quote).join(' ')}${devNull ? ' >/dev/null' : ''}; rc=$?; times >&2; exit $rc`], { maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawnSync(argv[0], argv.slice(1), { maxBuffer: 1 << 26, stdio: ['ignore', devNull ? 'ignore' : 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  let cpuMs = null;
  const stderr = r.stderr.toString();
  if (hasBash) {
    // `times` prints the shell's own user/system time, then its children's: `0m1.234s 0m0.056s`.
    const lines = stderr.trimEnd().split('\n');
    const m = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines.at(-1) ?? '');
    if (m) cpuMs = (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000;
    lines.length -= 2;
    if (lines.join('').trim()) process.stderr.write(lines.join('\n') + '\n');
  } else if (stderr.trim()) process.stderr.write(stderr);
  return { ms, cpuMs, status: r.status, stdout: r.stdout?.toString() ?? '' };
}

if (profileArg !== null && !PROFILES.some((p) => p.name === profileArg)) {
  console.error(`bench/scan: --profile must be one of ${PROFILES.map((p) => p.name).join(', ')}, got '${profileArg ?? ''}'`);
  process.exit(2);
}

const min = (xs) => xs.reduce((a, b) => (b !== null && (a === null || b < a) ? b : a), null);
const dir = mkdtempSync(join(tmpdir(), 'avcodes-bench-'));
const runs = quick ? 1 : 3;
const summary = [];
try {
  for (const profile of PROFILES) {
    if (profileArg && profile.name !== profileArg) continue;
    const log = join(dir, `${profile.name}.log`);
    process.stdout.write(`\n[${profile.name}] ${profile.about}\ngenerating ${sizeMB} MB log in ${dir} … `);
    generate(log, sizeMB * 1024 * 1024, profile.templates);
    const size = statSync(log).size;
    console.log(`${(size / 1048576).toFixed(0)} MB`);
    // Warm the page cache so both tools read from memory.
    timed(['cat', log], { devNull: true });

    const scan = { ms: [], cpuMs: [], out: null };
    const rg = { ms: [], cpuMs: [] };
    for (let i = 0; i < runs; i++) {
      const s = timed([process.execPath, '--input-type=module', '-e', scanScript, log]);
      if (s.status !== 0) throw new Error(`scanner failed on the ${profile.name} log`);
      const out = JSON.parse(s.stdout);
      scan.ms.push(s.ms);
      scan.cpuMs.push(s.cpuMs);
      if (!scan.out || out.maxRssKB > scan.out.maxRssKB) scan.out = { ...out, inner: Math.min(out.ms, scan.out?.inner ?? Infinity) };
      if (!hasRg) continue;
      const r = timed(['rg', '-o', '--no-line-number', '--no-filename', '-e', RG_PATTERN, log], { devNull: true });
      if (r.status !== 0 && r.status !== 1) throw new Error('rg failed');
      rg.ms.push(r.ms);
      rg.cpuMs.push(r.cpuMs);
    }

    const mbps = (ms) => size / 1048576 / (ms / 1000);
    const row = (label, ms, cpu) => `${label.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(7)} s ${mbps(ms).toFixed(0).padStart(6)} MB/s` + (cpu === null ? '' : `   CPU ${(cpu / 1000).toFixed(2).padStart(6)} s ${mbps(cpu).toFixed(0).padStart(5)} MB/s per CPU-second`);
    const best = { ms: min(scan.ms), cpu: min(scan.cpuMs) };
    console.log(`best of ${runs} run${runs > 1 ? 's' : ''} each, whole process (startup and catalog load included)`);
    console.log(row('avcodes scan (dist/scan)', best.ms, best.cpu));
    let ratio = null;
    let cpuRatio = null;
    if (hasRg) {
      const rbest = { ms: min(rg.ms), cpu: min(rg.cpuMs) };
      console.log(row('rg -o (same candidate tokens)', rbest.ms, rbest.cpu));
      ratio = rbest.ms / best.ms;
      cpuRatio = best.cpu && rbest.cpu ? rbest.cpu / best.cpu : null;
      console.log(`ratio scanner/rg                   ${ratio.toFixed(2)} wall clock` + (cpuRatio === null ? '' : `, ${cpuRatio.toFixed(2)} per CPU-second`) + '  (target ≥ 1.0)');
    } else console.log('rg -o                              not installed (apt-get install ripgrep)');
    console.log(`scanner peak RSS                   ${(scan.out.maxRssKB / 1024).toFixed(0)} MB  (target < 150 MB)`);
    console.log(`findings ${scan.out.findings}, distinct codes ${scan.out.codes}, diagnoses ${scan.out.diagnoses}; scan loop alone ${mbps(scan.out.inner).toFixed(0)} MB/s`);
    summary.push({ profile: profile.name, ratio, cpuRatio, rssMB: scan.out.maxRssKB / 1024 });
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`\nkept ${dir}`);
}

console.log('\nsummary (target: ratio ≥ 1.0 on both profiles, peak RSS < 150 MB)');
for (const s of summary) {
  const ok = (s.ratio === null || s.ratio >= 1) && s.rssMB < 150;
  console.log(`  ${s.profile.padEnd(12)} ratio ${s.ratio === null ? 'n/a' : s.ratio.toFixed(2)} wall` + (s.cpuRatio === null ? '' : `, ${s.cpuRatio.toFixed(2)} CPU`) + `, peak RSS ${s.rssMB.toFixed(0)} MB  ${ok ? 'met' : 'NOT met'}`);
}
