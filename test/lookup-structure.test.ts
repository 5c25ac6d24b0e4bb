import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { explain, lookup, ranges } from '../src/index.js';

// The ranges are derived from the catalog; the expectations are the library bases and sections the
// documents (and, for the heap, the SDK headers in sources/sdk-headers/) state.

describe('ranges derived from the catalog', () => {
  test('the KVS 16-bit blocks are the libraries of the documents, each with its module', () => {
    const kvs = new Map(ranges().filter((r) => r.sdk === 'aws-kvs' && r.kind === 'block').map((r) => [r.pattern, r.modules[0]]));
    const expected: [pattern: string, module: string][] = [
      ['0x5200xxxx', 'client'], // 0x52000001… Client Library
      ['0x3200xxxx', 'mkvgen'], // 0x32000001… MKVGen Library
      ['0x3000xxxx', 'view'], // 0x30000001… View Library
      ['0x1500xxxx', 'c-producer'], // 0x15000001… C Producer Library (v2)
      ['0x1000xxxx', 'heap'], // the SDK's heap base (the documents print 0x0100000N)
      ['0x1010xxxx', 'trace'], // 0x10100001 Trace Library
      ['0x4000xxxx', 'utils'], // 0x40000001… Utils Library
      ['0x0000xxxx', 'common'], // 0x00000001… Common Library
    ];
    for (const [pattern, module] of expected) assert.equal(kvs.get(pattern), module, `aws-kvs block ${pattern}`);
  });

  test('the Alibaba playback codes fall into ranges by their second hex pair', () => {
    const aliyun = ranges().filter((r) => r.sdk === 'aliyun-player' && r.kind === 'block');
    const family = (pattern: string) => aliyun.find((r) => r.pattern === pattern);
    assert.ok(family('0x2001xxxx')?.modules.includes('request'), '0x2001xxxx: request, POP, VOD, MPS… (lines 9–115)');
    assert.ok(family('0x2003xxxx')?.entries.some((e) => e.name === 'ERROR_DEMUXER_OPENURL'), '0x2003xxxx: the demuxer (line 124)');
    assert.equal(family('0x2005xxxx')?.family, 'ERROR_NETWORK_', '0x2005xxxx: the network (lines 131–141)');
    assert.equal(family('0x2008xxxx')?.errno?.base, 0x20080000n, '0x2008xxxx is 0x20080000 + errno (EPERM +1, ENOENT +2, EIO +5, lines 146–148)');
    assert.equal(family('0x2005xxxx')?.errno, undefined, 'no errno structure where names do not say so');
  });

  test('the KVS heap values the documents print form a printed block 0x0f000000 below the SDK values', () => {
    const printed = ranges().find((r) => r.sdk === 'aws-kvs' && r.kind === 'printed');
    assert.equal(printed?.pattern, '0x0100xxxx');
    assert.equal(printed?.shift, -0x0f000000n);
  });

  test('Tencent codes, written in decimal, group by their leading digits', () => {
    const recording = ranges().find((r) => r.sdk === 'tencent-ilvb' && r.kind === 'decimal' && r.pattern === '30xxxxxx');
    assert.deepEqual(recording?.modules, ['recording'], 'ILVB recording errors 30000000… (line 51 on)');
  });
});

describe('explain: what the shape of an unknown value says', () => {
  test('0x520000ff is an undocumented KVS client-library code: base 0x52000000 + offset 0xff', () => {
    const [note, ...rest] = explain(0x520000ffn);
    assert.equal(rest.length, 0);
    assert.equal(note?.range.sdk, 'aws-kvs');
    assert.equal(note?.range.from, 0x52000000n);
    assert.match(note!.text, /base 0x52000000 \+ offset 0xff/);
    assert.match(note!.text, /undocumented aws-kvs client code/);
  });

  test('a value far past a block\'s known codes is not claimed as one of them', () => {
    const [note] = explain(0x52000999n);
    assert.equal(note?.range.pattern, '0x5200xxxx');
    assert.doesNotMatch(note!.text, /likely an undocumented/);
    assert.match(note!.text, /far from its known codes/);
  });

  test('0x2008000d is 0x20080000 + errno 13, EACCES', () => {
    const note = explain(0x2008000dn).find((n) => n.errno);
    assert.equal(note?.range.sdk, 'aliyun-player');
    assert.deepEqual(note?.errno, { number: 13, name: 'EACCES', message: 'Permission denied' });
  });

  test('an errno above 34 is reported by number, not with a name that differs between platforms', () => {
    const note = explain(0x20080023n).find((n) => n.errno);
    assert.equal(note?.errno?.number, 35);
    assert.equal(note?.errno?.name, undefined);
  });

  test('a printed heap value is translated to the value the SDK emits', () => {
    const unknown = explain(0x01000099n).find((n) => n.range.kind === 'printed');
    assert.equal(unknown?.sdkValue, 0x10000099n);
    assert.deepEqual(unknown?.sdkValueEntries, []);
    // 0x10000015 is in the SDK header (aws-kvs-status-definitions.tsv line 53) but in no document.
    const known = explain(0x01000015n).find((n) => n.range.kind === 'printed');
    assert.deepEqual(known?.sdkValueEntries?.map((e) => e.name), ['STATUS_INVALID_ALLOCATION_SIZE']);
  });

  test('30000999 is in the Tencent recording range, and as hex in the KVS view library', () => {
    const r = lookup('30000999');
    assert.equal(r.matches.length, 0);
    const bySdk = new Map(r.explanations.map((n) => [n.range.sdk, n]));
    assert.equal(bySdk.get('tencent-ilvb')?.range.pattern, '30xxxxxx');
    assert.equal(bySdk.get('aws-kvs')?.range.pattern, '0x3000xxxx');
    assert.ok(!bySdk.has('aliyun-player'), 'a 16-bit block with codes outranks the 24-bit Alibaba download library 0x30xxxxxx');
  });

  test('a value in a 24-bit library whose 16-bit block has no codes gets the coarser note', () => {
    const notes = explain(0x52010000n);
    assert.equal(notes.length, 1);
    assert.equal(notes[0]?.range.kind, 'library');
    assert.equal(notes[0]?.range.pattern, '0x52xxxxxx');
  });

  test('a value of no known shape gets no explanation', () => {
    assert.deepEqual(explain(0x7fff1234n), []);
    assert.deepEqual(explain(-99999999999n), []);
    assert.deepEqual(explain(1n << 70n), []);
  });

  test('lookup explains only when nothing matched', () => {
    assert.deepEqual(lookup('0x5200002e').explanations, []);
    assert.ok(lookup('0x520000ff').explanations.length > 0);
  });
});
