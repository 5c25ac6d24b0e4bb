// The scan answer is written as UTF-8 piece by piece (src/server/json-bytes.ts): it must be the
// very bytes of JSON.stringify, whatever the value.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { jsonBytes } from '../src/server/json-bytes.js';

const utf8 = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const decoded = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('jsonBytes', () => {
  it('writes the bytes of JSON.stringify for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        assert.deepEqual(jsonBytes(value), utf8(value), JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out what JSON.stringify leaves out, and writes null where it does', () => {
    const cases: [string, unknown][] = [
      ['an undefined field', { a: undefined, b: 1 }],
      ['a function field', { f: () => 1, b: [1] }],
      ['undefined and a function in a list', [undefined, () => 1, Symbol('s'), 2]],
      ['a sparse list', [1, , 3]],
      ['a Date (toJSON)', { at: new Date(0), list: [new Date(1)] }],
      ['an object with toJSON', { x: { toJSON: () => 'mine' } }],
      ['a null-prototype object', Object.assign(Object.create(null) as object, { a: 1 })],
      ['a lone surrogate', { s: '\ud800', t: ['x\udfff'] }],
      ['-0 and non-finite numbers', [-0, NaN, Infinity]],
      ['a Map', { m: new Map([[1, 2]]) }],
    ];
    for (const [name, value] of cases) assert.equal(decoded(jsonBytes(value)), JSON.stringify(value), name);
  });

  it('grows its buffer past 64 KB without splitting a character, at every offset around the boundary', () => {
    for (let pad = 0; pad < 8; pad++) {
      // Three-byte (CJK) and four-byte (emoji) characters straddle the first buffer's end.
      const value = { pad: 'x'.repeat(65_500 + pad), items: Array.from({ length: 200 }, (_, i) => `错误码${i}😀`), tail: '网络断开'.repeat(30_000) };
      assert.deepEqual(jsonBytes(value), utf8(value), `pad ${pad}`);
    }
  });
});
