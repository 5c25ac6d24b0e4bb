// The tokenizer's value filter is built once per process and shared by every scan (a server scans
// per request): only its skip flag depends on the threshold.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SHORT_UNCUED_MAX } from '../src/scan/identify.js';
import { ScanEngine, scanText } from '../src/scan/scanner.js';

const identifier = ScanEngine.for().identifier;

test('gives every scan at the same threshold the same filter, built once', () => {
  assert.equal(identifier.valueFilter(0.5), identifier.valueFilter(0.5));
});

test('skips uncued small numbers only above the highest confidence they can reach, whatever was asked before', () => {
  const above = Math.min(1, SHORT_UNCUED_MAX + 0.01);
  for (const order of [[0, above], [above, 0]]) {
    const engine = new ScanEngine(ScanEngine.for().catalog);
    const [first, second] = order.map((c) => engine.identifier.valueFilter(c));
    assert.equal(first!.skipUncuedSmall, order[0] === above, `threshold ${order[0]} asked first`);
    assert.equal(second!.skipUncuedSmall, order[1] === above, `threshold ${order[1]} asked second`);
    // The value sets are shared between the two.
    assert.equal(first!.small, second!.small);
    assert.equal(first!.large, second!.large);
  }
});

test('the shared filter still holds the catalog values: a scan at each threshold finds a cued code', () => {
  for (const minConfidence of [0, 0.5, 0.9]) {
    const { findings } = scanText('W/KinesisVideo: PutFrame failed with status code: 0x5200002e\n', { minConfidence });
    assert.ok(findings.some((f) => f.entry?.id === 'aws-kvs/STATUS_STORE_OUT_OF_MEMORY'), `minConfidence ${minConfidence}`);
  }
});
