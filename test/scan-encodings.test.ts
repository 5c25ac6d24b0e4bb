// Logs as Windows and old tools write them: UTF-16 LE/BE with and without a BOM, and CR-only line
// ends. Each must give the findings the same log gives as UTF-8 with LF — in the library, the CLI
// and the HTTP API.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { sniffEncoding } from '../src/scan/encoding.js';
import { scanFile, scanLog, scanText, type ScanReport } from '../src/scan/index.js';
import { makeApp } from './server-helpers.js';

const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

const LOG = [
  '2021-08-12 10:23:45.120 I/TXLivePlayer: onPlayEvent event=2004',
  '2021-08-12 10:23:50.200 W/TXLivePlayer: 拉流失败，错误码-2301，请检查网络',
  'kvssink: PutFrame failed with status code: 0x5200002e',
].join('\n');
const EXPECTED = ['1:2004 PLAY_EVT_PLAY_BEGIN', '2:-2301 PLAY_ERR_NET_DISCONNECT', '3:0x5200002e STATUS_STORE_OUT_OF_MEMORY'];

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.from(le);
  be.swap16();
  return be;
}

const seen = (r: Pick<ScanReport, 'findings'>) => r.findings.map((f) => `${f.line}:${f.text} ${f.entry?.name ?? '?'}`);

const VARIANTS: [name: string, bytes: Buffer][] = [
  ['UTF-16LE with a BOM', utf16(LOG, 'le', true)],
  ['UTF-16LE without a BOM', utf16(LOG, 'le', false)],
  ['UTF-16BE with a BOM', utf16(LOG, 'be', true)],
  ['UTF-16BE without a BOM', utf16(LOG, 'be', false)],
];

describe('scan: UTF-16 logs are transcoded', () => {
  test('the UTF-8 log itself gives the expected findings', () => {
    assert.deepEqual(seen(scanText(LOG)), EXPECTED);
  });

  const tmp = mkdtempSync(join(tmpdir(), 'avcodes-enc-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));
  const { app } = makeApp({}, { maxBodyBytes: 256 * 1024, maxLogBytes: 1024 * 1024 });

  for (const [name, bytes] of VARIANTS) {
    test(`${name}: bytes in memory (scanText)`, () => {
      assert.deepEqual(seen(scanText(new Uint8Array(bytes))), EXPECTED, name);
    });

    test(`${name}: a file, a gzip file and a stream`, async () => {
      const file = join(tmp, `${name.replace(/\W+/g, '-')}.log`);
      writeFileSync(file, bytes);
      assert.deepEqual(seen(await scanFile(file)), EXPECTED, `${name} file`);
      writeFileSync(file + '.gz', gzipSync(bytes));
      assert.deepEqual(seen(await scanFile(file + '.gz')), EXPECTED, `${name} .gz`);
      // One byte at a time: a character and the BOM straddle every chunk boundary.
      const bytewise = Readable.from([...bytes].map((b) => Uint8Array.of(b)));
      assert.deepEqual(seen(await scanLog(bytewise)), EXPECTED, `${name} byte by byte`);
    });

    test(`${name}: the CLI finds the codes (file and stdin) with no binary warning`, () => {
      const file = join(tmp, `${name.replace(/\W+/g, '-')}.cli.log`);
      writeFileSync(file, bytes);
      for (const args of [['scan', file, '--format', 'ndjson'], ['scan', '-', '--format', 'ndjson']]) {
        const r = spawnSync(process.execPath, [MAIN, ...args], { input: args[1] === '-' ? bytes : undefined, encoding: 'utf8' });
        assert.equal(r.status, 0, `${name} ${args[1]}: exit 0 (stderr ${r.stderr})`);
        assert.equal(r.stderr, '', `${name} ${args[1]}: no warning`);
        const names = r.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { type: string; line: number; text: string; entry: { name: string } | null })
          .filter((o) => o.type === 'finding')
          .map((o) => `${o.line}:${o.text} ${o.entry?.name ?? '?'}`);
        assert.deepEqual(names, EXPECTED, `${name} via ${args[1]}`);
      }
    });

    test(`${name}: POST /api/v1/scan finds the codes`, async () => {
      const res = await app.request('/api/v1/scan', { method: 'POST', body: bytes, headers: { 'Content-Type': 'text/plain; charset=utf-16' } });
      assert.equal(res.status, 200);
      assert.deepEqual(seen((await res.json()) as ScanReport), EXPECTED, name);
    });
  }

  const sniffed: [what: string, bytes: Uint8Array, expected: string][] = [
    ['UTF-8 with CJK text', new TextEncoder().encode(LOG), 'utf-8'],
    ['a UTF-8 BOM', new TextEncoder().encode('\ufeffstatus 0x5200002e'), 'utf-8'],
    ['binary with NULs on both sides', Uint8Array.from({ length: 512 }, (_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 7))), 'utf-8'],
    ['two bytes of UTF-16LE without a BOM', Uint8Array.of(0x31, 0), 'utf-8'],
    ['UTF-16LE without a BOM', utf16('error 1001', 'le', false), 'utf-16le'],
    ['UTF-16BE without a BOM', utf16('error 1001', 'be', false), 'utf-16be'],
  ];
  for (const [what, bytes, expected] of sniffed) {
    test(`sniffs ${what} as ${expected}`, () => assert.equal(sniffEncoding(bytes), expected, what));
  }
});

describe('scan: line ends', () => {
  const lines = LOG.split('\n');
  for (const [name, eol] of [
    ['CR only', '\r'],
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ] as const) {
    test(`${name}: one line per line, with its own number and timestamp`, () => {
      const r = scanText(lines.join(eol) + eol);
      assert.deepEqual(seen(r), EXPECTED, name);
      assert.equal(r.summary.lines, 3, `${name}: 3 lines`);
      assert.deepEqual(
        r.findings.map((f) => f.timestamp),
        ['2021-08-12 10:23:45.120', '2021-08-12 10:23:50.200', null],
        `${name}: timestamps`,
      );
      assert.deepEqual(
        r.findings.map((f) => f.column),
        [59, 49, 44],
        `${name}: columns`,
      );
    });
  }

  test('a CR-only log split at every byte gives the same findings', () => {
    const text = lines.join('\r');
    const whole = seen(scanText(text));
    for (const chunkSize of [1, 2, 3, 7, 31]) assert.deepEqual(seen(scanText(text, { chunkSize })), whole, `chunk size ${chunkSize}`);
  });
});
