// `avcodes scan` end to end (dist/cli/main.js): formats, stdin, gzip, exit codes, and bad input —
// a clear one-line message, exit 2, never a stack trace, bounded memory on a huge line.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const LOGS = fileURLToPath(new URL('./fixtures/logs/', import.meta.url));
const KVS = join(LOGS, 'kvs-producer.log');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function avcodes(args: string[], input?: string | Buffer, nodeArgs: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, MAIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** One line on stderr, no stack trace. */
function assertOneLineError(r: Run, says: RegExp): void {
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr: ${r.stderr}`);
  assert.match(lines[0]!, says);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'avcodes-scan-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('avcodes scan: formats', { concurrency: 4 }, () => {
  test('prints findings grouped by code, then the diagnosis, and exits 0', async () => {
    const r = await avcodes(['scan', KVS]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /12 lines, 7 findings, 4 distinct codes/);
    assert.match(r.stdout, /3× 0x5200002e {2}STATUS_STORE_OUT_OF_MEMORY/);
    assert.match(r.stdout, /line 8:\d+ +2024-05-02 08:01:10\.432 +0x5200002e/);
    assert.match(r.stdout, /Diagnosis \(3 findings\)/);
    assert.match(r.stdout, /The KVS content store is too small/);
    assert.equal(r.stderr, '');
  });

  test('ndjson: one object per finding, then one summary object', async () => {
    const r = await avcodes(['scan', KVS, '--format', 'ndjson']);
    assert.equal(r.code, 0, r.stderr);
    const objects = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const findings = objects.slice(0, -1);
    const summary = objects.at(-1)!;
    assert.equal(findings.length, 7);
    for (const f of findings) {
      for (const key of ['line', 'column', 'text', 'entry', 'alternatives']) assert.ok(key in f, `finding has ${key}`);
      assert.equal(f.type, 'finding');
    }
    assert.deepEqual(findings[0], { ...findings[0], line: 4, text: '0x52000010' });
    assert.equal((findings[0]!.entry as { name: string }).name, 'STATUS_SERVICE_CALL_NOT_AUTHORIZED_ERROR');
    assert.equal(summary.type, 'summary');
    assert.equal(summary.findings, 7);
    assert.deepEqual(
      (summary.diagnoses as { rule: string }[]).map((d) => d.rule),
      ['kvs-content-store-too-small', 'kvs-credentials', 'kvs-ack-rejection'],
    );
  });

  test('json: one object with findings, summary and diagnoses', async () => {
    const r = await avcodes(['scan', KVS, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { findings: unknown[]; summary: { findings: number }; diagnoses: unknown[] };
    assert.equal(out.findings.length, out.summary.findings);
    assert.equal(out.diagnoses.length, 3);
  });

  test('summary: counts, first and last, the sequence and the diagnosis', async () => {
    const r = await avcodes(['scan', join(LOGS, 'tencent-play.log'), '--format', 'summary']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /3 +2103 +PLAY_WARNING_RECONNECT +tencent-lvb\/play +line 5 05-02 20:10:13\.100 +line 7 05-02 20:10:19\.300/);
    assert.match(r.stdout, /PLAY_WARNING_RECONNECT ×3 → PLAY_ERR_NET_DISCONNECT/);
    assert.match(r.stdout, /Playback lost the network/);
    assert.match(r.stdout, /^Diagnosis \(1 finding\)$/m, 'one -2301 after the reconnects is one diagnosis');
  });

  test('a code heading shows what the log wrote, then the code in its SDK\'s notation when that differs', async () => {
    const log = 'AliPlayer onError code=536936449\nAliPlayer onError errorCode 20030004\nkvs PutFrame status 0x5200002E\nTXLivePlayer onPlayEvent event=4294964995\n';
    const r = await avcodes(['scan', '--no-live', '-'], Buffer.from(log));
    for (const heading of [/^1× 536936449 \(20010001\)  ERROR_SERVER_NO_RESPONSE/m, /^1× 20030004  ERROR_LOADING_TIMEOUT/m, /^1× 0x5200002E  STATUS_STORE_OUT_OF_MEMORY/m, /^1× 4294964995 \(-2301\)  PLAY_ERR_NET_DISCONNECT/m]) {
      assert.match(r.stdout, heading, r.stdout);
    }
  });

  test('exits 1 when the log has no codes', async () => {
    const r = await avcodes(['scan', join(LOGS, 'decoys.log')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /no SDK codes found/);
  });

  test('reads stdin, as - or from a pipe', async () => {
    const log = readFileSync(KVS);
    for (const args of [['scan', '-', '--format', 'summary'], ['scan', '--format', 'summary']]) {
      const r = await avcodes(args, log);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stdout, /^-: 12 lines, 7 findings/);
    }
  });

  test('reads .gz files (and gzipped stdin) transparently', async () => {
    const gz = join(dir, 'kvs-producer.log.gz');
    writeFileSync(gz, gzipSync(readFileSync(KVS)));
    const plain = await avcodes(['scan', KVS, '--format', 'ndjson']);
    const zipped = await avcodes(['scan', gz, '--format', 'ndjson']);
    const piped = await avcodes(['scan', '-', '--format', 'ndjson'], gzipSync(readFileSync(KVS)));
    const strip = (s: string) => s.trimEnd().split('\n').slice(0, -1).map((l) => ({ ...JSON.parse(l), file: null }));
    assert.equal(zipped.code, 0, zipped.stderr);
    assert.deepEqual(strip(zipped.stdout), strip(plain.stdout));
    assert.deepEqual(strip(piped.stdout), strip(plain.stdout));
  });

  test('--sdk forces the context of a value two SDKs share; --min-confidence filters', async () => {
    const kvs = await avcodes(['scan', '-', '--sdk', 'kvs', '--format', 'ndjson'], 'ret 1\n');
    assert.equal((JSON.parse(kvs.stdout.split('\n')[0]!) as { entry: { id: string } }).entry.id, 'aws-kvs/STATUS_NULL_ARG');
    const strict = await avcodes(['scan', '-', '--min-confidence', '0.95'], 'ret 1\n');
    assert.equal(strict.code, 1);
  });

  test('scans several files in order; line numbers are per file', async () => {
    const r = await avcodes(['scan', join(LOGS, 'tencent-play.log'), join(LOGS, 'tencent-push.log'), '--format', 'summary']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^2 inputs: 18 lines, 16 findings/);
    assert.match(r.stdout, /tencent-push\.log:10/);
  });
});

describe('avcodes scan: bad input', { concurrency: 4 }, () => {
  test('a path that does not exist', async () => {
    const r = await avcodes(['scan', join(dir, 'nope.log')]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assertOneLineError(r, /^avcodes scan: '.*nope\.log' does not exist$/);
  });

  test('a directory', async () => {
    const r = await avcodes(['scan', LOGS]);
    assert.equal(r.code, 2);
    assertOneLineError(r, /is a directory, not a log file$/);
  });

  test('an unreadable path (a file used as a directory)', async () => {
    const r = await avcodes(['scan', join(KVS, 'inside.log')]);
    assert.equal(r.code, 2);
    assertOneLineError(r, /^avcodes scan: cannot read '.*inside\.log': /);
  });

  test('a file that is not readable by its permissions', { skip: process.getuid?.() === 0 ? 'root reads any file' : false }, async () => {
    const p = join(dir, 'secret.log');
    writeFileSync(p, 'status 0x5200002e\n', { mode: 0o000 });
    const r = await avcodes(['scan', p]);
    assert.equal(r.code, 2);
    assertOneLineError(r, /is not readable \(permission denied\)$/);
  });

  test('a corrupt .gz', async () => {
    const p = join(dir, 'broken.log.gz');
    writeFileSync(p, Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.alloc(64, 0x41)]));
    const r = await avcodes(['scan', p]);
    assert.equal(r.code, 2);
    assertOneLineError(r, /is not a valid gzip file/);
  });

  test('a binary file: a warning, scanned anyway, no crash', async () => {
    const p = join(dir, 'blob.bin');
    const bytes = Buffer.alloc(200_000);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = (x >>> 16) & 0xff;
    }
    writeFileSync(p, bytes);
    const r = await avcodes(['scan', p, '--format', 'summary']);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}`);
    assertOneLineError(r, /looks binary \(NUL bytes\); scanning it as text/);
  });

  test('one bad input among good ones: the good ones are scanned, the exit is 2', async () => {
    const r = await avcodes(['scan', KVS, join(dir, 'missing.log'), '--format', 'summary']);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /STATUS_STORE_OUT_OF_MEMORY/);
    assertOneLineError(r, /missing\.log' does not exist/);
  });

  const usage: [string, string[], RegExp][] = [
    ['an unknown format', ['scan', KVS, '--format', 'xml'], /--format must be one of text, ndjson, json, summary, not 'xml'/],
    ['a confidence above 1', ['scan', KVS, '--min-confidence', '2'], /--min-confidence must be a number from 0 to 1, not '2'/],
    ['a confidence that is no number', ['scan', KVS, '--min-confidence', 'high'], /--min-confidence must be a number from 0 to 1, not 'high'/],
    ['an unknown SDK', ['scan', KVS, '--sdk', 'nosuch'], /--sdk 'nosuch' names no SDK/],
    ['stdin twice', ['scan', '-', '-'], /stdin \(-\) can be scanned only once/],
    ['an unknown option', ['scan', KVS, '--bogus'], /unknown option '--bogus'/],
  ];
  for (const [what, args, says] of usage) {
    test(`rejects ${what}`, async () => {
      const r = await avcodes(args);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, '');
      assertOneLineError(r, says);
    });
  }
});

describe('avcodes scan: a huge line without a newline', () => {
  test('finds the codes in a 48 MB line with bounded memory', async () => {
    const p = join(dir, 'one-line.log');
    const fd = openSync(p, 'w');
    const block = Buffer.from(`${'frame pts 123456 dts 123457 size 4096 bytes '.repeat(23_000)}status code: 0x5200002e `);
    for (let i = 0; i < 48; i++) writeSync(fd, block);
    closeSync(fd);
    const probe = join(dir, 'rss.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'));\n");
    const r = await avcodes(['scan', p, '--format', 'summary'], undefined, ['-r', probe]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /1 line, 48 findings, 1 distinct code/);
    const rssKB = Number(/maxrss (\d+)/.exec(r.stderr)?.[1]);
    assert.ok(rssKB > 0 && rssKB < 150 * 1024, `peak RSS ${Math.round(rssKB / 1024)} MB stays under 150 MB`);
  });
});
