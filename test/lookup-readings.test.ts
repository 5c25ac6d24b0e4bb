import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkQuery, InvalidQueryError, readingsOf, type Reading } from '../src/index.js';

/** A reading as `kind value [notations|twin]`, compact enough for a table. */
function describeReading(r: Reading): string {
  if (r.type === 'name') return `name ${r.name}`;
  const how = r.twinOf ? `${r.twinOf.kind} of ${r.twinOf.value}` : r.notations.join('+');
  return `${r.value} ${how}`;
}

describe('readingsOf: every notation, every reading', () => {
  const table: [input: string, readings: string[]][] = [
    ['0x5200002e', ['1375731758 hex']],
    ['0X5200002E', ['1375731758 hex']],
    ['5200002e', ['1375731758 hex-no-prefix']],
    ['1375731758', ['1375731758 decimal', '83574855512 hex-no-prefix']],
    // A bare 8-digit number is both decimal and hex without its prefix.
    ['20010001', ['20010001 decimal', '536936449 hex-no-prefix']],
    // One digit reads the same either way: one reading, both notations.
    ['1', ['1 decimal+hex-no-prefix']],
    ['0xf', ['15 hex']],
    // A negative number has its unsigned 32- and 64-bit twins.
    ['-2301', ['-2301 decimal', '4294964995 unsigned-32 of -2301', '18446744073709549315 unsigned-64 of -2301']],
    // An unsigned 32-bit number above 0x7fffffff has its signed twin.
    ['0xfffff703', ['4294964995 hex', '-2301 signed-32 of 4294964995']],
    // Readings as written come first, then the twins.
    ['4294964995', ['4294964995 decimal', '285960718741 hex-no-prefix', '-2301 signed-32 of 4294964995']],
    // 64-bit values and their signed twin.
    ['0xFFFFFFFFFFFFFFFF', ['18446744073709551615 hex', '-1 signed-64 of 18446744073709551615']],
    ['18446744073709551615', ['18446744073709551615 decimal', '114598615266301018707477 hex-no-prefix', '-1 signed-64 of 18446744073709551615']],
    ['-1', ['-1 decimal', '4294967295 unsigned-32 of -1', '18446744073709551615 unsigned-64 of -1']],
    ['-0x1', ['-1 hex', '4294967295 unsigned-32 of -1', '18446744073709551615 unsigned-64 of -1']],
    ['+1001', ['1001 decimal']],
    // A 9-digit hex misprint is still read; lookup finds it among the entries' misprints.
    ['0x150000010', ['5637144592 hex']],
    ['STATUS_STORE_OUT_OF_MEMORY', ['name STATUS_STORE_OUT_OF_MEMORY']],
    ['status_store_out_of_memory', ['name STATUS_STORE_OUT_OF_MEMORY']],
    ['STATUS\\_STORE\\_OUT\\_OF\\_MEMORY', ['name STATUS_STORE_OUT_OF_MEMORY']],
    // Hex digits that also spell a name have both readings.
    ['deadbeef', ['3735928559 hex-no-prefix', '-559038737 signed-32 of 3735928559', 'name DEADBEEF']],
    ['`0x1`', ['1 hex']],
    ['"1001"', ['1001 decimal', '4097 hex-no-prefix']],
    ['  0x10  ', ['16 hex']],
    // Not a code: no reading.
    ['', []],
    ['hello world', []],
    ['12.5', []],
    ['0x', []],
    ['0xg1', []],
    ['--', []],
    ['x'.repeat(201), []],
  ];
  for (const [input, expected] of table) {
    test(`reads ${JSON.stringify(input.length > 30 ? input.slice(0, 12) + '…' : input)} as ${expected.length ? expected.join('; ') : 'nothing'}`, () => {
      assert.deepEqual(readingsOf(input).map(describeReading), expected, `readingsOf(${JSON.stringify(input)})`);
    });
  }

  test('labels say how the query was read, in hex and decimal', () => {
    const [hex] = readingsOf('0x5200002e');
    assert.equal(hex!.label, 'as hex 0x5200002e = decimal 1375731758');
    const [dec, bare] = readingsOf('20010001');
    assert.equal(dec!.label, 'as decimal 20010001 = hex 0x01315411');
    assert.equal(bare!.label, 'as hex 0x20010001 (written without 0x) = decimal 536936449');
    const [, twin] = readingsOf('-2301');
    assert.equal(twin!.label, 'as the unsigned 32-bit form of -2301: 0xfffff703 = decimal 4294964995');
  });

  test('each reading has a key that is unique within the query', () => {
    for (const input of ['-1', '20010001', 'deadbeef', '18446744073709551615']) {
      const keys = readingsOf(input).map((r) => r.key);
      assert.equal(new Set(keys).size, keys.length, `keys of ${input}: ${keys.join(', ')}`);
    }
  });
});

describe('checkQuery: bad input is named, with the input quoted', () => {
  const table: [input: unknown, reason: string, quoted: string | null][] = [
    ['', 'empty', null],
    ['   ', 'empty', null],
    ['x'.repeat(10_000), 'too-long', '10000 characters'],
    ['\u0001\u0002\u00ff\ufffd', 'control-characters', '\\u0001'],
    ['1001\u0000', 'control-characters', '\\u0000'],
    ['hello world', 'not-a-code', '"hello world"'],
    ['12.5', 'not-a-code', '"12.5"'],
    [12.5, 'not-an-integer', 'not 12.5'],
    [2 ** 60, 'not-an-integer', 'bigint'],
    [{ code: 42 }, 'not-text', 'not object'],
    [null, 'not-text', 'not null'],
  ];
  for (const [input, reason, quoted] of table) {
    test(`rejects ${JSON.stringify(input)?.slice(0, 24) ?? String(input)} as ${reason}`, () => {
      assert.throws(
        () => checkQuery(input),
        (err: unknown) => {
          assert.ok(err instanceof InvalidQueryError, 'an InvalidQueryError');
          assert.equal(err.code, 'invalid_query');
          assert.equal(err.reason, reason);
          assert.ok(!err.message.includes('\n'), 'one line');
          if (quoted) assert.ok(err.message.includes(quoted), `message ${JSON.stringify(err.message)} quotes ${quoted}`);
          return true;
        },
      );
    });
  }

  test('returns the query cleaned of whitespace and quotes when it reads as a code', () => {
    assert.equal(checkQuery('  `0x5200002e` '), '0x5200002e');
    assert.equal(checkQuery('STATUS\\_NULL\\_ARG'), 'STATUS\\_NULL\\_ARG');
  });
});
