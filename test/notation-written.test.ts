// The written notations (src/notation/written.ts): one rule and one name for each way a code is
// written, shared by the catalog index, the lookup normaliser and the log scanner.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readingsOf } from '../src/lookup/readings.js';
import { nameKey, notationOf, writtenCode } from '../src/notation/written.js';
import { scanText } from '../src/scan/scanner.js';

describe('written notations', () => {
  test('notationOf tells 0x hex, decimal and hex without its prefix apart, by the value the text stands for', () => {
    const cases: [string, string, string | null][] = [
      ['0x5200002e', '1375731758', 'hex'],
      [' 0X5200002E ', '1375731758', 'hex'],
      ['-2301', '-2301', 'decimal'],
      ['1001', '1001', 'decimal'],
      ['20010001', '536936449', 'hex-no-prefix'],
      ['2005000A', '537198602', 'hex-no-prefix'],
      ['STATUS_NULL_ARG', '1', null],
      ['', '1', null],
    ];
    for (const [written, value, expected] of cases) assert.equal(notationOf(written, value), expected, JSON.stringify(written));
  });

  test('writtenCode gives the code as its documents write it, else its hex', () => {
    const entry = (codeAsWritten: string, value: string, hex: string) => ({ value, hex, sources: [{ sourceKind: 'document', codeAsWritten }] });
    assert.equal(writtenCode(entry('0x5200002E', '1375731758', '0x5200002e')), '0x5200002e');
    assert.equal(writtenCode(entry('-2301', '-2301', '0xfffff703')), '-2301');
    assert.equal(writtenCode(entry('20010001', '536936449', '0x20010001')), '20010001');
    assert.equal(writtenCode({ value: '1', hex: '0x00000001', sources: [] }), '0x00000001');
  });

  test('nameKey unescapes markdown and upper-cases', () => {
    assert.equal(nameKey(' status\\_null\\_arg '), 'STATUS_NULL_ARG');
  });

  test('the scanner and the lookup call hex without its 0x by one name', () => {
    const finding = scanText('AliPlayer onError code: 2005000A').findings[0];
    assert.equal(finding?.notation, 'hex-no-prefix');
    const reading = readingsOf('2005000A')[0];
    assert.ok(reading?.type === 'number' && reading.notations.includes('hex-no-prefix'));
  });
});
