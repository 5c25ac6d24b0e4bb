import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { scanLog, type ScanReport } from '../src/scan/index.js';
import { assertApiError, makeApp } from './server-helpers.js';

const { app } = makeApp({}, { maxBodyBytes: 256 * 1024, maxLogBytes: 1024 * 1024 });

const TENCENT_LOG = [
  '2021-08-12 10:23:45.120 I/TXLivePlayer: onPlayEvent event=2004',
  '2021-08-12 10:23:50.200 W/TXLivePlayer: onPlayEvent event=2103',
  '2021-08-12 10:23:53.300 W/TXLivePlayer: onPlayEvent event=2103',
  '2021-08-12 10:23:56.400 W/TXLivePlayer: onPlayEvent event=2103',
  '2021-08-12 10:23:59.500 E/TXLivePlayer: onPlayEvent event=-2301',
].join('\n');
const KVS_LOG = 'PutFrame failed with status code: 0x5200002e\nkvssink: retStatus[0x5200002e]\n';

const scan = (body: BodyInit, headers: Record<string, string> = { 'Content-Type': 'text/plain' }, query = '') =>
  app.request(`/api/v1/scan${query}`, { method: 'POST', body, headers });

async function report(res: Response): Promise<ScanReport & { findingsTotal: number; truncated: boolean; findingsOmitted?: number }> {
  assert.equal(res.status, 200);
  return (await res.json()) as ScanReport & { findingsTotal: number; truncated: boolean; findingsOmitted?: number };
}

describe('POST /api/v1/scan with the scanner', () => {
  it('answers what `avcodes scan --format json` prints: findings, summary and diagnoses', async () => {
    const got = await report(await scan(TENCENT_LOG));
    const expected = await scanLog(Readable.from([Buffer.from(TENCENT_LOG)]));
    assert.deepEqual(got, JSON.parse(JSON.stringify({ ...expected, findingsTotal: expected.findings.length, truncated: false })));
    assert.deepEqual(Object.keys(got), ['findings', 'findingsTotal', 'truncated', 'summary', 'diagnoses']);
  });

  it('finds the Tencent play events with their timestamps and diagnoses the lost network', async () => {
    const got = await report(await scan(TENCENT_LOG));
    assert.equal(got.findings.length, 5);
    assert.deepEqual(got.findings.map((f) => f.text), ['2004', '2103', '2103', '2103', '-2301']);
    assert.equal(got.findings[4]!.entry?.name, 'PLAY_ERR_NET_DISCONNECT');
    assert.equal(got.findings[0]!.timestamp, '2021-08-12 10:23:45.120');
    assert.ok(got.diagnoses.length >= 1, 'a diagnosis');
    const cited = got.diagnoses.flatMap((d) => d.evidence.map((e) => e.name));
    assert.ok(cited.includes('PLAY_ERR_NET_DISCONNECT'), `the diagnosis cites -2301: ${cited.join(', ')}`);
  });

  it('scans a gzip body the same as the text', async () => {
    const plain = await report(await scan(KVS_LOG));
    const zipped = await report(await scan(gzipSync(KVS_LOG), { 'Content-Type': 'application/gzip' }));
    assert.deepEqual(zipped, plain);
    assert.equal(plain.findings[0]?.entry?.name, 'STATUS_STORE_OUT_OF_MEMORY');
  });

  it('forces an SDK context with sdk=', async () => {
    const got = await report(await scan('event 1001\n', undefined, '?sdk=lvb'));
    assert.ok(got.findings.every((f) => f.entry === null || f.entry.sdk === 'tencent-lvb'), JSON.stringify(got.findings.map((f) => f.entry?.id)));
  });

  it('lists the first 100 findings by default, says it truncated and how many it left out, while the summary counts them all', async () => {
    const log = Array.from({ length: 150 }, (_, i) => `line ${i} status code: 0x5200002e`).join('\n');
    const got = await report(await scan(log));
    assert.equal(got.findings.length, 100);
    assert.equal(got.findingsTotal, 150);
    assert.equal(got.truncated, true);
    assert.equal(got.findingsOmitted, 50);
    assert.equal(got.summary.findings, 150);
    assert.equal(got.findings[99]!.line, 100, 'the first findings, in log order');
  });

  it('lists every finding with findings=all and exactly n with findings=n', async () => {
    const log = Array.from({ length: 150 }, (_, i) => `line ${i} status code: 0x5200002e`).join('\n');
    const all = await report(await scan(log, undefined, '?findings=all'));
    assert.equal(all.findings.length, 150);
    assert.equal(all.truncated, false);
    assert.equal(all.findingsOmitted, undefined);
    const ten = await report(await scan(log, undefined, '?findings=10'));
    assert.deepEqual([ten.findings.length, ten.findingsTotal, ten.truncated], [10, 150, true]);
  });

  it('keeps the first 1000 timeline steps unless asked for everything, and says so', async () => {
    const log = Array.from({ length: 1200 }, (_, i) => (i % 2 ? `line ${i} status code: 0x5200002e` : `line ${i} status code: 0x52000002`)).join('\n');
    const capped = await report(await scan(log));
    assert.equal(capped.summary.timeline.length, 1000);
    assert.equal(capped.summary.timelineTruncated, true);
    const full = await report(await scan(log, undefined, '?findings=all'));
    assert.equal(full.summary.timeline.length, 1200);
    assert.equal(full.summary.timelineTruncated, false);
  });

  it('answers a log without codes with empty findings', async () => {
    const got = await report(await scan('nothing to see here\nat all\n'));
    assert.deepEqual(got.findings, []);
    assert.deepEqual(got.diagnoses, []);
    assert.equal(got.summary.lines, 2);
  });

  it('survives binary bytes, NULs, invalid UTF-8 and a very long line', async () => {
    const bytes = Buffer.concat([Buffer.from([0, 0xff, 0xfe, 0x80]), Buffer.from(`${'x'.repeat(200_000)} status code: 0x5200002e\r\n`)]);
    const got = await report(await scan(bytes, { 'Content-Type': 'application/octet-stream' }));
    assert.equal(got.findings[0]?.entry?.name, 'STATUS_STORE_OUT_OF_MEMORY');
  });

  it('answers 400 for an SDK that does not exist', async () => {
    const message = await assertApiError(await scan(KVS_LOG, undefined, '?sdk=nosuch'), 400, 'invalid_query', 'sdk');
    assert.match(message, /nosuch/);
  });

  it('answers 413, not a read error, when the body passes the limit inside the scanner', async () => {
    const big = 'status code: 0x5200002e\n'.repeat(20_000);
    await assertApiError(await scan(big), 413, 'payload_too_large', 'big body');
    const bomb = gzipSync(Buffer.alloc(2 * 1024 * 1024, 0x61));
    await assertApiError(await scan(bomb, { 'Content-Type': 'application/gzip' }), 413, 'payload_too_large', 'bomb');
  });

  it('answers 400 for a gzip inside the gzip that is broken', async () => {
    const inner = gzipSync(KVS_LOG).subarray(0, 20);
    await assertApiError(await scan(gzipSync(inner), { 'Content-Type': 'application/gzip' }), 400, 'invalid_body', 'nested broken gzip');
  });
});
