import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { importMarkdownTables } from '../src/importers/markdown-table.js';
import { ImportError, type RawRow } from '../src/importers/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const importFile = (rel: string) => importMarkdownTables(rel, readFileSync(join(root, rel)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const at = (rows: RawRow[], line: number): RawRow => {
  const row = rows.find((r) => r.line === line);
  assert.ok(row, `a row at line ${line}`);
  return row;
};
/** Rows per section, keyed by the heading's ordinal and text. */
const countBySection = (rows: RawRow[]) => {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[`${r.sectionIndex} ${r.section}`] = (counts[`${r.sectionIndex} ${r.section}`] ?? 0) + 1;
  return counts;
};

// Golden counts below were taken by reading the documents (one `| 0x… |` or `|NAME|…|` line per row).

describe('markdown importer on the AWS KVS v1 edition', () => {
  const file = 'sources/aws-kvs-producer-errors.v1.md';
  const { rows, repairs } = importFile(file);
  const lines = readFileSync(join(root, file), 'utf8').split('\n');

  test('reads all 177 code rows, per library section as the document lists them', () => {
    assert.equal(rows.length, 177);
    assert.deepEqual(countBySection(rows), {
      '2 Error and Status Codes Returned by the Client Library': 97,
      '3 Error and Status Codes Returned by the Duration Library': 1,
      '4 Error and Status Codes Returned by the Common Library': 16,
      '5 Error and Status Codes Returned by the Heap Library': 20,
      '6 Error and Status Codes Returned by the MKVGen Library': 22,
      '7 Error and Status Codes Returned by the Trace Library': 1,
      '8 Error and Status Codes Returned by the Utils Library': 14,
      '9 Error and Status Codes Returned by the View Library': 6,
    });
  });

  test('points every row at its own source line and keeps that line as written', () => {
    for (const r of rows) {
      assert.equal(r.file, file);
      assert.equal(r.raw, lines[r.line - 1], `line ${r.line}`);
      assert.match(r.raw, /^\| 0x[0-9A-Fa-f]+ \|/, `line ${r.line}`);
      assert.equal(r.cells[0], /^\| (0x[0-9A-Fa-f]+) \|/.exec(r.raw)![1], `line ${r.line}`);
      assert.equal(r.cells.length, r.header.length, `line ${r.line}`);
    }
  });

  test('unescapes the backslash-escaped underscores of every name', () => {
    assert.equal(at(rows, 28).cells[1], 'STATUS_MAX_STREAM_COUNT');
    assert.ok(at(rows, 28).raw.includes('STATUS\\_MAX\\_STREAM\\_COUNT'));
    for (const r of rows) assert.ok(!r.cells.some((c) => c.includes('\\_')), `line ${r.line} keeps an escaped underscore`);
  });

  test('keeps the merged name-and-note cell of line 150 as written, with the Notes cell empty', () => {
    assert.deepEqual(at(rows, 150).cells, ['0x00000003', 'STATUS_INVALID_ARG_LEN  Invalid argument length specified.', '']);
  });

  test('pads the fingerprint row of line 33, which ends after its name, with empty cells', () => {
    const r = at(rows, 33);
    assert.deepEqual(r.header, ['Code', 'Message', 'Notes', 'Troubleshooting']);
    assert.deepEqual(r.cells, ['0x52000006', 'STATUS_DEVICE_FINGERPRINT_LENGTH', '', '']);
  });

  test('reads the 16-digit duration code of line 137 in its two-column table', () => {
    const r = at(rows, 137);
    assert.deepEqual(r.header, ['Code', 'Message']);
    assert.deepEqual(r.cells, ['0xFFFFFFFFFFFFFFFF', 'INVALID_DURATION_VALUE']);
  });

  test('repairs the four short delimiter rows (147, 173, 203, 270) and reports each', () => {
    assert.deepEqual(
      repairs.map((r) => [r.kind, r.line]),
      [147, 173, 203, 270].map((l) => ['table-delimiter-mismatch', l]),
    );
    assert.deepEqual(at(rows, 148).cells, ['0x00000001', 'STATUS_NULL_ARG', 'NULL passed for a mandatory argument.']);
    assert.deepEqual(at(rows, 276).cells, ['0x30000006', 'STATUS_INVALID_CONTENT_VIEW_LENGTH', 'Invalid content view item data length has been specified.']);
  });

  test('keeps the documents own misspellings in names (NOT_FOND at line 48, UNKOWN at line 60)', () => {
    assert.equal(at(rows, 48).cells[1], 'STATUS_SERVICE_CALL_DEVICE_NOT_FOND_ERROR');
    assert.equal(at(rows, 60).cells[1], 'STATUS_SERVICE_CALL_UNKOWN_ERROR');
  });
});

describe('markdown importer on the Alibaba ApsaraVideo Player document', () => {
  const file = 'sources/aliyun-apsaravideo-player-errors.md';
  const { rows, repairs } = importFile(file);

  test('reads all 127 rows, per section as the document lists them', () => {
    assert.equal(rows.length, 127);
    assert.deepEqual(repairs, []);
    assert.deepEqual(countBySection(rows), {
      '1 Request error codes': 5,
      '2 POP error codes': 14,
      '3 ApsaraVideo VOD error codes': 7,
      '4 ApsaraVideo for Media Processing error codes': 37,
      '5 Error codes of time-shifting live streaming': 3,
      '6 Error codes of proprietary cryptography': 2,
      '7 ARTP error codes': 11,
      '8 Playback error codes': 27,
      '9 Download-related error codes': 21,
    });
  });

  test('keeps the hexadecimal column as written: 0x-prefixed exactly on lines 100, 107-117 and 149', () => {
    const prefixed = rows.filter((r) => r.cells[1]!.startsWith('0x')).map((r) => r.line);
    assert.deepEqual(prefixed, [100, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 149]);
    assert.equal(at(rows, 100).cells[1], '0x20012000');
    assert.equal(at(rows, 149).cells[1], '0x2FFFFFFF');
    assert.equal(at(rows, 29).cells[1], '2001010A');
  });

  test('reads the four columns of every row, names unescaped', () => {
    for (const r of rows) {
      assert.deepEqual(r.header, ['Error definition', 'Error code in hexadecimal notation', 'Error code in decimal notation', 'Description']);
      assert.equal(r.cells.length, 4, `line ${r.line}`);
      assert.match(r.cells[0]!, /^[A-Z][A-Z0-9_]*$/, `line ${r.line}`);
      assert.match(r.cells[2]!, /^\d+$/, `line ${r.line}`);
    }
    assert.deepEqual(at(rows, 9).cells.slice(0, 3), ['ERROR_SERVER_NO_RESPONSE', '20010001', '536936449']);
  });

  test('unescapes backslash-escaped parentheses in descriptions (line 19 writes \\(POP\\))', () => {
    assert.ok(at(rows, 19).cells[3]!.includes('Post Office Protocol (POP) error'));
  });

  test('keeps both rows that share 0x20013007 (lines 114 and 115)', () => {
    assert.deepEqual(at(rows, 114).cells.slice(0, 3), ['ERROR_ARTP_SPSPPS_AACCONF_TIMEOUT', '0x20013007', '536948743']);
    assert.deepEqual(at(rows, 115).cells.slice(0, 3), ['ERROR_ARTP_ARTP_MEDIA_INFO_TIMEOUT', '0x20013007', '536948743']);
  });
});

describe('markdown importer on the Tencent ILVB document', () => {
  const file = 'sources/tencent-ilvb-avsdk-errors.md';
  const { rows, repairs } = importFile(file);

  test('reads all 108 rows, per section, the table-less IMSDK heading counting as section 0', () => {
    assert.equal(rows.length, 108);
    assert.deepEqual(repairs, []);
    assert.deepEqual(countBySection(rows), {
      '1 AVSDK Client Error Codes': 23,
      '2 AVSDK Service Side Error': 11,
      '3 Recording Error Codes': 30,
      '4 Non-interactive Broadcasting Error Codes': 44,
    });
  });

  test('reads a header and rows that lack their closing pipe (lines 6 and 8)', () => {
    const r = at(rows, 8);
    assert.deepEqual(r.header, ['Error Code Name', 'Error Code Value', 'Description', 'Reason', 'Solution']);
    assert.deepEqual(r.cells, ['AV_ERR_FAILED', '1', 'General error', 'Find the specific reason by analyzing log', 'Analyze log']);
  });

  test('reads cells butted against their pipes (line 43: "AV_ERR_SERVER_ID_NOT_IN_ROOM| 10009|")', () => {
    assert.deepEqual(at(rows, 43).cells.slice(0, 3), ['AV_ERR_SERVER_ID_NOT_IN_ROOM', '10009', 'Room does not exist']);
  });

  test('reads rows whose cells end in a tab before the pipe (lines 77, 86, 124), tabs trimmed', () => {
    assert.equal(at(rows, 77).cells[1], 'Request for ending recording has been sent more than once. The user has ended recording');
    assert.deepEqual(at(rows, 86).cells, ['40000000', 'Failed to resolve SDK request', '"Check whether the push request fields are complete"']);
    assert.deepEqual(at(rows, 124).cells, ['50002', 'Incorrect input parameters', 'Check whether user ID and sdkappid are entered correctly']);
    for (const r of rows) assert.ok(!r.cells.some((c) => c.includes('\t')), `line ${r.line} keeps a tab`);
  });

  test('reads the recording and push tables, whose name column holds the numeric code', () => {
    const recording = rows.filter((r) => r.section === 'Recording Error Codes');
    assert.deepEqual(recording[0]!.header, ['Error Code Name', 'Error Description', 'Solution']);
    assert.deepEqual(recording.map((r) => r.line), Array.from({ length: 30 }, (_, i) => 51 + i));
    const push = rows.filter((r) => r.section === 'Non-interactive Broadcasting Error Codes');
    assert.deepEqual(push.map((r) => r.line), Array.from({ length: 44 }, (_, i) => 86 + i));
    for (const r of [...recording, ...push]) assert.match(r.cells[0]!, /^\d+$/, `line ${r.line}`);
    assert.deepEqual(at(rows, 73).cells.length, 3, 'line 73 has a closing pipe and three cells');
  });
});

describe('markdown importer on crafted quirks (test/fixtures/sources/markdown-quirks.md)', () => {
  const file = 'test/fixtures/sources/markdown-quirks.md';
  const { rows, repairs } = importFile(file);

  test('reads every row of the fixture under its heading', () => {
    assert.deepEqual(
      rows.map((r) => [r.line, r.section]),
      [
        [7, 'Escaped names'], [8, 'Escaped names'],
        [14, 'Ragged rows'], [15, 'Ragged rows'], [16, 'Ragged rows'], [17, 'Ragged rows'], [18, 'Ragged rows'],
        [24, 'Short delimiter row'], [25, 'Short delimiter row'],
      ],
    );
  });

  test('unescapes underscores and escaped pipes', () => {
    assert.deepEqual(at(rows, 7).cells, ['0x00000001', 'STATUS_NULL_ARG', 'Escaped underscores are unescaped.']);
    assert.deepEqual(at(rows, 8).cells, ['0x00000002', 'STATUS_PIPE', 'An escaped | pipe stays inside the cell.']);
  });

  test('pads a row with missing cells to the width of its header', () => {
    assert.deepEqual(at(rows, 14).cells, ['0x00000003', 'STATUS_MISSING_CELLS', '', '']);
  });

  test('reads a row and a header that lack the closing pipe', () => {
    assert.deepEqual(at(rows, 15).header, ['Code', 'Message', 'Notes', 'Troubleshooting']);
    assert.deepEqual(at(rows, 15).cells, ['0x00000004', 'STATUS_NO_CLOSING_PIPE', 'A note', 'An action']);
  });

  test('reads a row whose cells are separated by tab and pipe', () => {
    assert.deepEqual(at(rows, 16).cells, ['0x00000005', 'STATUS_TABS', 'Tab before the pipe', 'Tabbed action']);
  });

  test('drops extra cells only when they are empty', () => {
    assert.deepEqual(at(rows, 17).cells, ['0x00000006', 'STATUS_TRAILING_EMPTY', 'A note', 'An action']);
  });

  test('reads a row written without spaces around the pipes', () => {
    assert.deepEqual(at(rows, 18).cells, ['0x00000007', 'STATUS_NO_SPACES', 'Tight', 'Cells']);
  });

  test('repairs a delimiter row shorter than its header, reports it, and keeps the third cell', () => {
    assert.deepEqual(repairs, [{ kind: 'table-delimiter-mismatch', file, line: 23, says: 'delimiter row has 2 cells under a header of 3' }]);
    assert.deepEqual(at(rows, 24).cells, ['0x00000008', 'STATUS_UNDER_SHORT_DELIMITER', 'The note survives the repair.']);
  });

  test('keeps a merged name-and-note cell whole and leaves the missing cell empty', () => {
    assert.deepEqual(at(rows, 25).cells, ['0x00000009', 'STATUS_MERGED  Name and note share one cell.', '']);
  });

  test('reads CRLF line ends and a leading byte-order mark without shifting lines', () => {
    const text = readFileSync(join(root, file), 'utf8');
    const crlf = importMarkdownTables(file, utf8('\uFEFF' + text.replace(/\n/g, '\r\n')));
    assert.deepEqual(crlf.rows.map((r) => [r.line, r.cells]), rows.map((r) => [r.line, r.cells]));
    assert.deepEqual(crlf.repairs, repairs);
  });

  test('throws ImportError naming file and line for a row with a non-empty extra cell', () => {
    const text = '# S\n\n| Code | Message |\n| --- | --- |\n| 0x1 | A |\n| 0x2 | B | stray text |\n';
    assert.throws(() => importMarkdownTables('extra.md', utf8(text)), (e: unknown) => e instanceof ImportError && e.file === 'extra.md' && e.line === 6 && e.message.startsWith('extra.md:6:'));
  });

  test('refuses a single header-less pipe row separated from its table by a blank line, rather than dropping it', () => {
    const text = '# S\n\n| Code | Message |\n| --- | --- |\n| 0x1 | A |\n\n| 0x2 | B |\n';
    assert.throws(() => importMarkdownTables('lone.md', utf8(text)), (e: unknown) => e instanceof ImportError && e.line === 7);
  });

  test('refuses or reads a table nested in a blockquote or list, rather than dropping it', () => {
    for (const nested of ['> | Code | Message |\n> | --- | --- |\n> | 0x2 | B |\n', '- | Code | Message |\n  | --- | --- |\n  | 0x2 | B |\n']) {
      const text = `# S\n\n| Code | Message |\n| --- | --- |\n| 0x1 | A |\n\n${nested}`;
      let rows: RawRow[] = [];
      try {
        rows = importMarkdownTables('nested.md', utf8(text)).rows;
      } catch (e) {
        assert.ok(e instanceof ImportError && e.line !== null, `throws ImportError with a line for:\n${nested}`);
        continue;
      }
      assert.deepEqual(rows.map((r) => r.cells[0]), ['0x1', '0x2'], `reads both rows for:\n${nested}`);
    }
  });
});

describe('markdown importer round trip (property)', () => {
  const word = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
  const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ') + '.');
  const name = fc.stringMatching(/^[A-Z][A-Z0-9]{0,5}(_[A-Z0-9]{1,6}){0,4}$/);
  const row = fc.record({ code: fc.bigInt({ min: 0n, max: 0xffffffffn }).map((v) => '0x' + v.toString(16).padStart(8, '0')), name, note: fc.option(text, { nil: '' }) });

  test('reads back every cell of a generated escaped-underscore table, on the line it was written', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), fc.boolean(), (generated, closingPipe) => {
        const end = closingPipe ? ' |' : '';
        const body = generated.map((r) => `| ${r.code} | ${r.name.replace(/_/g, '\\_')} | ${r.note}${end}`);
        const doc = ['# Generated', '', '| Code | Message | Notes |', '| --- | --- | --- |', ...body, ''].join('\n');
        const { rows } = importMarkdownTables('gen.md', utf8(doc));
        assert.deepEqual(rows.map((r) => r.line), generated.map((_, i) => 5 + i));
        assert.deepEqual(rows.map((r) => r.cells), generated.map((r) => [r.code, r.name, r.note]));
      }),
      { numRuns: 150 },
    );
  });
});
