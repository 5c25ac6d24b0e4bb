// The browser's scan path (src/web/engine/scan-blob.ts: Blob.stream(), DecompressionStream) gives
// the same report as the scanner the CLI and the server use, on every fixture log, plain and gzip.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { loadCatalog } from '../src/catalog/load.js';
import { ScanInputError, scanText } from '../src/scan/index.js';
import { scanBlob } from '../src/web/engine/scan-blob.js';

const catalog = loadCatalog();
const LOGS = new URL('./fixtures/logs/', import.meta.url);
const fixtures = readdirSync(LOGS).filter((f) => !f.endsWith('.gz')).sort();
const options = { name: 'test.log', sdk: null, maxFindings: 10_000 };

describe('scanning a Blob as the page does', () => {
  for (const file of fixtures) {
    const bytes = readFileSync(new URL(file, LOGS));
    const expected = scanText(bytes, { catalog });

    test(`${file}: the same findings, summary and diagnosis as the CLI's scanner`, async () => {
      const got = await scanBlob(catalog, new Blob([bytes]), options);
      assert.deepEqual(got, expected, file);
    });

    test(`${file}, gzipped: the same report, decompressed with DecompressionStream`, async () => {
      const got = await scanBlob(catalog, new Blob([gzipSync(bytes)]), options);
      assert.deepEqual(got, expected, file);
    });
  }

  test('keeps at most maxFindings findings and counts the rest; the summary still counts every one', async () => {
    const text = Array.from({ length: 50 }, () => 'PutFrame failed with status code: 0x5200002e').join('\n');
    const got = await scanBlob(catalog, new Blob([text]), { ...options, maxFindings: 7 });
    assert.equal(got.findings.length, 7);
    assert.equal(got.findingsOmitted, 43);
    assert.equal(got.summary.findings, 50);
  });

  test('reports progress up to the size of the Blob (compressed bytes for gzip)', async () => {
    const gz = gzipSync(readFileSync(new URL(fixtures[0]!, LOGS)));
    const seen: [number, number][] = [];
    await scanBlob(catalog, new Blob([gz]), { ...options, onProgress: (read, total) => seen.push([read, total]) });
    assert.ok(seen.length > 0);
    assert.deepEqual(seen.at(-1), [gz.length, gz.length]);
  });

  const broken: [string, Uint8Array, RegExp][] = [
    ['a gzip header followed by garbage', Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x00, 0x01, 0x02]), /^broken\.gz is not a valid gzip file/],
    ['a gzip stream cut short', gzipSync('onPlayEvent event=-2301\n'.repeat(100)).subarray(0, 30), /^broken\.gz is not a valid gzip file/],
  ];
  for (const [what, bytes, message] of broken) {
    test(`rejects ${what} with an input_bad_gzip error that names the file`, async () => {
      await assert.rejects(scanBlob(catalog, new Blob([bytes]), { ...options, name: 'broken.gz' }), (err: unknown) => {
        assert.ok(err instanceof ScanInputError, String(err));
        assert.equal(err.code, 'input_bad_gzip');
        assert.match(err.message, message);
        return true;
      });
    });
  }

  test('warns once about a binary log and scans it as text', async () => {
    const warnings: string[] = [];
    const got = await scanBlob(catalog, new Blob(['\0\0\0 status code: 0x5200002e\n']), { ...options, name: 'core.bin', onWarning: (m) => warnings.push(m) });
    assert.deepEqual(warnings, ['core.bin looks binary (NUL bytes); scanning it as text']);
    assert.equal(got.findings[0]?.entry?.name, 'STATUS_STORE_OUT_OF_MEMORY');
  });
});
