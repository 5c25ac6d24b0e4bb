import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, test } from 'node:test';
import { AVCODES_BIN } from './process-helpers.js';

// These tests run the built CLI (`npm run build` first; `npm ci` does it) exactly as a user would: the
// package's bin, which answers a plain lookup itself and hands every other command line to main.js.
const MAIN = AVCODES_BIN;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function avcodes(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, ...args], { env: { ...process.env, NO_COLOR: '', ...env }, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err && typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('avcodes <query>…', { concurrency: 4 }, () => {
  test('prints the reading, the match with its source lines, and a count; exit 0', async () => {
    const r = await avcodes(['0x5200002e']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^as hex 0x5200002e = decimal 1375731758$/m);
    assert.match(r.stdout, /^ {2}STATUS_STORE_OUT_OF_MEMORY {2}aws-kvs {2}0x5200002e \(1375731758\)$/m);
    assert.match(r.stdout, /^ {6}sources\/aws-kvs-producer-errors\.v1\.md:57, sources\/aws-kvs-producer-errors\.v2\.txt:206, sources\/sdk-headers\/aws-kvs-status-definitions\.tsv:217$/m);
    assert.match(r.stdout, /^1 match for 0x5200002e$/m);
    assert.equal(r.stderr, '');
    assert.ok(!r.stdout.includes('\u001b['), 'no colour codes when stdout is not a terminal');
  });

  test('is short by default: one line of meaning, one of action, sources; no SDK-source paragraph, errata or unmatched readings', async () => {
    const r = await avcodes(['0x5200002e']);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines[2]?.trim(), 'The content store is out of memory.', r.stdout);
    assert.match(lines[3] ?? '', /^ {6}action \(as v1 writes it; v2 damaged it\): Content store is shared .* for all the streams \+ ~20%/, 'the action line keeps the "+" v2 lost');
    assert.ok(lines.every((l) => l.length <= 220), `no line over 220 characters:\n${r.stdout}`);
    for (const noise of ['erratum', 'also defined in the SDK source', 'awslabs/', 'id aws-kvs/', 'accordingly']) assert.ok(!r.stdout.includes(noise), `no "${noise}" in:\n${r.stdout}`);
    const twoReadings = await avcodes(['1001']);
    assert.ok(!/no match/.test(twoReadings.stdout), `the hex reading of 1001 matched nothing and is not listed:\n${twoReadings.stdout}`);
  });

  test('--verbose prints every field: the whole action, SDK-source provenance, errata, notes, ids, unmatched readings', async () => {
    const r = await avcodes(['0x5200002e', '--verbose']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /aws-kvs\s+client\s+STATUS_STORE_OUT_OF_MEMORY\s+0x5200002e \(1375731758\)\s+error\/storage\/memory/);
    assert.match(r.stdout, /documented in sources\/aws-kvs-producer-errors\.v1\.md:57, sources\/aws-kvs-producer-errors\.v2\.txt:206/);
    assert.match(r.stdout, /also defined in the SDK source \(awslabs\/amazon-kinesis-video-streams-pic/);
    assert.match(r.stdout, /erratum kvs-v2-markdown-escapes/);
    assert.match(r.stdout, /note: the action is the v1 wording/);
    assert.match(r.stdout, /id aws-kvs\/STATUS_STORE_OUT_OF_MEMORY/);
    const twoReadings = await avcodes(['1001', '-v']);
    assert.match(twoReadings.stdout, /^no match as hex 0x00001001 \(written without 0x\)/m);
  });

  test('shows each code in its SDK\'s notation first: Tencent decimal, Alibaba hex digits and decimal, KVS 0x hex', async () => {
    for (const [query, row] of [
      ['1001', /^ {2}PUSH_EVT_CONNECT_SUCC\s+tencent-lvb\s+1001 \(0x000003e9\)$/m],
      ['0xfffff703', /^ {2}PLAY_ERR_NET_DISCONNECT\s+tencent-lvb\s+-2301 \(0xfffff703\)$/m],
      ['536936449', /^ {2}ERROR_SERVER_NO_RESPONSE\s+aliyun-player\s+20010001 \(536936449\)$/m],
      ['1375731758', /^ {2}STATUS_STORE_OUT_OF_MEMORY\s+aws-kvs\s+0x5200002e \(1375731758\)$/m],
    ] as const) {
      const r = await avcodes([query]);
      assert.match(r.stdout, row, `avcodes ${query}:\n${r.stdout}`);
    }
  });

  test('a code the documents list without a text is not "described by no source"', async () => {
    const r = await avcodes(['0xffffffffffffffff']);
    assert.match(r.stdout, /\(the documents list this code without describing it\)/);
    assert.ok(!r.stdout.includes('no source describes'), r.stdout);
    assert.match(r.stdout, /sources\/aws-kvs-producer-errors\.v1\.md:137/);
    const sdkOnly = await avcodes(['0x52000085']);
    assert.match(sdkOnly.stdout, /\(no document describes this code: only the SDK source defines it\)/);
  });

  test('shows both readings of 30000001, decimal (Tencent recording) before hex (KVS view)', async () => {
    const r = await avcodes(['30000001']);
    assert.equal(r.code, 0);
    const decimal = r.stdout.indexOf('as decimal 30000001');
    const hex = r.stdout.indexOf('as hex 0x30000001 (written without 0x)');
    assert.ok(decimal >= 0 && hex > decimal, r.stdout);
    assert.ok(r.stdout.indexOf('tencent-ilvb') > decimal && r.stdout.indexOf('tencent-ilvb') < hex);
    assert.ok(r.stdout.indexOf('STATUS_MIN_CONTENT_VIEW_ITEMS') > hex);
    assert.match(r.stdout, /^2 matches for 30000001$/m);
  });

  test('answers several queries at once, negative numbers included', async () => {
    const r = await avcodes(['1001', '-2301', 'STATUS\\_NULL\\_ARG']);
    assert.equal(r.code, 0);
    for (const name of ['PUSH_EVT_CONNECT_SUCC', 'AV_ERR_REPEATED_OPERATION', 'PLAY_ERR_NET_DISCONNECT', 'STATUS_NULL_ARG']) assert.ok(r.stdout.includes(name), name);
  });

  test('says where a misprint comes from and what the SDK emits', async () => {
    const misprint = await avcodes(['0x150000010']);
    assert.match(misprint.stdout, /0x150000010 is a misprint in sources\/aws-kvs-producer-errors\.v2\.txt:1374; the code is 0x15000010/);
    const heap = await avcodes(['0x01000001']);
    assert.match(heap.stdout, /the documentation prints 0x01000001 \(sources\/aws-kvs-producer-errors\.v1\.md:174\); the SDK emits 0x10000001/);
  });

  test('--json prints the query, its readings and the matches with their reading', async () => {
    const r = await avcodes(['1', '--json', '--context', 'kvs']);
    assert.equal(r.code, 0);
    const json = JSON.parse(r.stdout) as { query: string; readings: { key: string }[]; matches: { id: string; reading: string; sources: unknown[] }[] };
    assert.equal(json.query, '1');
    assert.deepEqual(json.readings.map((x) => x.key), ['number:1']);
    assert.deepEqual(json.matches.map((m) => m.id).slice(0, 1), ['aws-kvs/STATUS_NULL_ARG'], '--context kvs ranks KVS first');
    assert.ok(json.matches.some((m) => m.id === 'tencent-ilvb/AV_ERR_FAILED'));
    assert.ok(json.matches.every((m) => m.reading === 'number:1' && Array.isArray(m.sources)));
  });

  test('--json with several queries prints an array, one object per query', async () => {
    const r = await avcodes(['lookup', '--json', '0x1', 'NO_SUCH_NAME_AT_ALL']);
    assert.equal(r.code, 0, 'something matched');
    const json = JSON.parse(r.stdout) as { query: string; matches: unknown[] }[];
    assert.deepEqual(json.map((x) => [x.query, x.matches.length > 0]), [['0x1', true], ['NO_SUCH_NAME_AT_ALL', false]]);
  });

  test('an unknown code exits 1 and says what its shape means', async () => {
    const r = await avcodes(['0x520000ff']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^0x520000ff: no match$/m);
    assert.match(r.stdout, /0x520000ff is in 0x5200xxxx, .*base 0x52000000 \+ offset 0xff, likely an undocumented aws-kvs client code/);
    const errno = await avcodes(['0x2008000d']);
    assert.equal(errno.code, 1);
    assert.match(errno.stdout, /0x2008000d = 0x20080000 \+ errno 13 \(EACCES: Permission denied\)/);
  });

  test('a near-miss name exits 1 with "did you mean"', async () => {
    const r = await avcodes(['STATUS_STORE_OUT_OF_MEMROY']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /did you mean: STATUS_STORE_OUT_OF_MEMORY/);
  });

  test('filters narrow the matches and may leave none (exit 1)', async () => {
    const kvs = await avcodes(['1', '--sdk', 'kvs']);
    assert.equal(kvs.code, 0);
    assert.ok(kvs.stdout.includes('STATUS_NULL_ARG') && !kvs.stdout.includes('AV_ERR_FAILED'));
    const none = await avcodes(['1001', '--vendor', 'aws']);
    assert.equal(none.code, 1);
    assert.match(none.stdout, /^1001: no match with these filters \(\d+ matches without them\)$/m, 'says the filter hid the matches');
  });
});
