import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { importKvsPlainText } from '../src/importers/kvs-plain-text.js';
import { ImportError, type RawRow } from '../src/importers/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const importFile = (rel: string) => importKvsPlainText(rel, readFileSync(join(root, rel)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const at = (rows: RawRow[], line: number): RawRow => {
  const row = rows.find((r) => r.line === line);
  assert.ok(row, `a row at line ${line}`);
  return row;
};

describe('plain-text importer on the AWS KVS v2 edition', () => {
  const file = 'sources/aws-kvs-producer-errors.v2.txt';
  const { rows, repairs } = importFile(file);
  const lines = readFileSync(join(root, file), 'utf8').split('\n');

  // Counted by reading the file: one bare `0x…` line per row under each library heading.
  test('reads all 233 code rows, per library section, and no orphan lines', () => {
    assert.equal(rows.length, 233);
    assert.deepEqual(repairs, []);
    assert.equal(rows.filter((r) => r.orphan).length, 0);
    const counts: Record<string, number> = {};
    for (const r of rows) counts[`${r.sectionIndex} ${r.section}`] = (counts[`${r.sectionIndex} ${r.section}`] ?? 0) + 1;
    assert.deepEqual(counts, {
      '1 Error and Status Codes Returned by the Client Library': 111,
      '2 Error and Status Codes Returned by the Duration Library': 1,
      '3 Error and Status Codes Returned by the Common Library': 16,
      '4 Error and Status Codes Returned by the Heap Library': 20,
      '5 Error and Status Codes Returned by the MKVGen Library': 40,
      '6 Error and Status Codes Returned by the Trace Library': 1,
      '7 Error and Status Codes Returned by the Utils Library': 14,
      '8 Error and Status Codes Returned by the View Library': 6,
      '9 Errors and Status Codes Returned by PutFrame Callbacks - C Producer Library': 24,
    });
  });

  test('starts every row at its code line and takes the next line as the name', () => {
    for (const r of rows) {
      assert.equal(r.raw, lines[r.line - 1], `line ${r.line}`);
      assert.equal(r.cells[0], lines[r.line - 1]!.trim(), `line ${r.line}`);
      assert.equal(r.cells[1], lines[r.line]!.trim(), `line ${r.line}`);
      assert.equal(r.cells.length, r.header.length, `line ${r.line}`);
    }
  });

  test('reads the header of each table, including the MKVGen merged column', () => {
    assert.deepEqual(at(rows, 32).header, ['Code', 'Message', 'Description', 'Recommended Action']);
    assert.deepEqual(at(rows, 711).header, ['Code', 'Message']);
    assert.deepEqual(at(rows, 741).header, ['Code', 'Message', 'Description']);
    assert.deepEqual(rows.find((r) => r.section.includes('MKVGen'))!.header, ['Code', 'Message', 'Description / Recommended Action']);
  });

  test('reads an empty-line cell as an empty cell (line 62 has neither description nor action)', () => {
    assert.deepEqual(at(rows, 62).cells, ['0x52000006', 'STATUS_DEVICE_FINGERPRINT_LENGTH', '', '']);
    assert.deepEqual(at(rows, 1284).cells, ['0x15000001', 'STATUS_STOP_CALLBACK_CHAIN', 'The callback chain has stopped.', '']);
    assert.deepEqual(at(rows, 1296).cells, ['0x15000003', 'STATUS_INVALID_PLATFORM_CALLBACKS_VERSION', 'Invalid PlatformCallbacks structure version.', 'Specify the correct current version of the structure.']);
  });

  test('keeps the nine-hex-digit codes of lines 1374-1422 exactly as printed', () => {
    const printed = rows.filter((r) => r.line >= 1374).map((r) => [r.line, r.cells[0], r.cells[1]]);
    assert.deepEqual(printed, [
      [1374, '0x150000010', 'STATUS_HMAC_GENERATION_ERROR'],
      [1380, '0x150000011', 'STATUS_IOT_FAILED'],
      [1386, '0x150000012', 'STATUS_MAX_ROLE_ALIAS_LEN_EXCEEDED'],
      [1392, '0x150000013', 'STATUS_MAX_USER_AGENT_NAME_POSTFIX_LEN_EXCEEDED'],
      [1398, '0x150000014', 'STATUS_MAX_CUSTOM_USER_AGENT_LEN_EXCEEDED'],
      [1404, '0x150000015', 'STATUS_INVALID_USER_AGENT_LENGTH'],
      [1410, '0x150000016', 'STATUS_INVALID_ENDPOINT_CACHING_PERIOD'],
      [1416, '0x150000017', 'STATUS_IOT_EXPIRATION_OCCURS_IN_PAST'],
      [1422, '0x150000018', 'STATUS_IOT_EXPIRATION_PARSING_FAILED'],
    ]);
    assert.equal(at(rows, 1386).cells[3], 'Specify a shorter alias length.');
    assert.equal(at(rows, 1422).cells[2], 'The IOT expiration parsing has failed.');
  });

  test('reads the 16-digit duration code and the corrected spellings of v2', () => {
    assert.deepEqual(at(rows, 711).cells, ['0xFFFFFFFFFFFFFFFF', 'INVALID_DURATION_VALUE']);
    assert.equal(at(rows, 152).cells[1], 'STATUS_SERVICE_CALL_DEVICE_NOT_FOUND_ERROR');
    assert.equal(at(rows, 224).cells[1], 'STATUS_SERVICE_CALL_UNKNOWN_ERROR');
  });

  test('does not take a code mentioned inside running text (line 1001) for a row', () => {
    assert.ok(lines[1000]!.includes('(0x3200000d)'));
    assert.ok(!rows.some((r) => r.line === 1001));
    assert.ok(at(rows, 999).cells[2]!.includes('(0x3200000d)'));
  });
});

describe('plain-text importer on crafted quirks (test/fixtures/sources/kvs-plain-text-quirks.txt)', () => {
  const file = 'test/fixtures/sources/kvs-plain-text-quirks.txt';
  const { rows } = importFile(file);

  test('reads each row at its code line under its heading, and a stray line as an orphan', () => {
    assert.deepEqual(
      rows.map((r) => [r.line, r.sectionIndex, r.orphan ?? false]),
      [[12, 0, false], [18, 0, false], [24, 0, false], [30, 0, false], [36, 0, false], [49, 1, true], [50, 1, false]],
    );
    assert.deepEqual(at(rows, 49).cells, ['A note that stands inside the table.']);
  });

  test('decodes the blank-line encoding of empty cells', () => {
    assert.deepEqual(at(rows, 12).cells, ['0x00000001', 'STATUS_FULL_ROW', 'Every cell is present.', 'Do this.']);
    assert.deepEqual(at(rows, 18).cells, ['0x00000002', 'STATUS_EMPTY_DESCRIPTION', '', 'Do that.']);
    assert.deepEqual(at(rows, 24).cells, ['0x00000003', 'STATUS_EMPTY_ACTION', 'Described only.', '']);
    assert.deepEqual(at(rows, 30).cells, ['0x00000004', 'STATUS_NO_TEXT', '', '']);
  });

  test('keeps a nine-digit code as printed and a code in running text inside its cell', () => {
    assert.deepEqual(at(rows, 36).cells, ['0x150000010', 'STATUS_NINE_DIGITS', 'Printed with nine hex digits; see also (0x00000001) in running text.', '']);
  });

  test('reads a two-column table that ends the file', () => {
    assert.deepEqual(at(rows, 50).header, ['Code', 'Message']);
    assert.deepEqual(at(rows, 50).cells, ['0xFFFFFFFFFFFFFFFF', 'STATUS_SIXTEEN_DIGITS']);
  });

  test('reads CRLF line ends and a byte-order mark without shifting lines', () => {
    const text = readFileSync(join(root, file), 'utf8');
    const crlf = importKvsPlainText(file, utf8('\uFEFF' + text.replace(/\n/g, '\r\n')));
    assert.deepEqual(crlf.rows.map((r) => [r.line, r.cells]), rows.map((r) => [r.line, r.cells]));
  });

  test('throws ImportError naming file and line for a row with more cells than its header', () => {
    const text = readFileSync(join(root, file), 'utf8').replace('Do this.\n', 'Do this.\nA fifth cell.\n');
    assert.throws(() => importKvsPlainText('five.txt', utf8(text)), (e: unknown) => e instanceof ImportError && e.file === 'five.txt' && e.line === 12 && e.message.startsWith('five.txt:12:'));
  });
});

describe('plain-text importer round trip (property)', () => {
  const word = fc.stringMatching(/^[a-z][a-z]{0,8}$/);
  const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ') + '.');
  const cell = fc.option(text, { nil: '' });
  const row = fc.record({
    code: fc.bigInt({ min: 0n, max: 0xffffffffn }).map((v) => '0x' + v.toString(16).padStart(8, '0')),
    name: fc.stringMatching(/^STATUS(_[A-Z0-9]{1,6}){1,4}$/),
    description: cell,
    action: cell,
  });

  test('reads back every cell of generated rows, empty cells included, at their code lines', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 15 }), (generated) => {
        const out = ['Errors and Status Codes Returned by the Generated Library', '', 'Code', 'Message', 'Description', 'Recommended Action', '', ''];
        const starts: number[] = [];
        for (const r of generated) {
          starts.push(out.length + 1);
          out.push(r.code, r.name, r.description, r.action, '', '');
        }
        const { rows } = importKvsPlainText('gen.txt', utf8(out.join('\n')));
        assert.deepEqual(rows.map((r) => r.line), starts);
        assert.deepEqual(rows.map((r) => r.cells), generated.map((r) => [r.code, r.name, r.description, r.action]));
      }),
      { numRuns: 150 },
    );
  });
});
