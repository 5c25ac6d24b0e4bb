import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { importLvbEventList } from '../src/importers/lvb-event-list.js';
import { ImportError, type RawRow } from '../src/importers/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const importFile = (rel: string) => importLvbEventList(rel, readFileSync(join(root, rel)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const at = (rows: RawRow[], line: number): RawRow => {
  const row = rows.find((r) => r.line === line);
  assert.ok(row, `a row at line ${line}`);
  return row;
};

describe('event-list importer on the Tencent LVB document', () => {
  const file = 'sources/tencent-lvb-push-play-events.txt';
  const { rows, repairs } = importFile(file);
  const lines = readFileSync(join(root, file), 'utf8').split('\n');

  // Counted by reading the file: `code NAME text` lines under each "Error Code Event Description" line.
  test('reads 64 code lines and 6 orphan lines, per section ordinal (headings repeat)', () => {
    assert.deepEqual(repairs, []);
    const counts: Record<string, number> = {};
    for (const r of rows) {
      const k = `${r.sectionIndex} ${r.section}${r.orphan ? ' (orphan)' : ''}`;
      counts[k] = (counts[k] ?? 0) + 1;
    }
    assert.deepEqual(counts, {
      '1 Normal events': 16,
      '2 Critical errors': 8,
      '2 Critical errors (orphan)': 3,
      '3 Warning events': 10,
      '4 Key events': 18,
      '4 Key events (orphan)': 3,
      '5 Warning events': 12,
    });
  });

  test('splits each code line into signed code, name and text, as written', () => {
    for (const r of rows.filter((x) => !x.orphan)) {
      assert.equal(r.raw, lines[r.line - 1], `line ${r.line}`);
      assert.equal([r.cells[0], r.cells[1], r.cells[2]].join(' '), lines[r.line - 1]!.trim(), `line ${r.line}`);
    }
    assert.deepEqual(at(rows, 11).cells, ['1001', 'PUSH_EVT_CONNECT_SUCC', 'Successfully connected to the CVM.']);
    assert.deepEqual(at(rows, 46).cells.slice(0, 2), ['-1309', 'PUSH_ERR_SCREEN_CAPTURE_UNSURPORT']);
    assert.deepEqual(at(rows, 89).cells, ['-2303', 'PLAY_ERR_FILE_NOT_FOUND', 'No playback file exists (Android, iOS).']);
  });

  test('keeps the lines whose code and name were lost (43-45, 80-81, 88) as orphans with their text', () => {
    const orphans = rows.filter((r) => r.orphan).map((r) => [r.line, r.cells]);
    assert.deepEqual(orphans, [
      [43, ['', '', 'The camera is in use and you may try enabling a different camera (Windows).']],
      [44, ['', '', 'System exception and recording failed (iOS).']],
      [45, ['', '', 'Failed to start screencap, which is possibly rejected by the user (Android).']],
      [80, ['', '', 'VOD file information obtained successfully (Android, iOS).']],
      [81, ['', '', 'The error code of screencap snapshot (Windows).']],
      [88, ['', '', 'Note: only RTMP playback addresses support low-delay acceleration.']],
    ]);
  });

  test('tells the push warnings (section 3) from the play warnings (section 5) that share codes 3001-3004', () => {
    assert.deepEqual([at(rows, 62).sectionIndex, at(rows, 62).cells[1]], [3, 'PUSH_WARNING_DNS_FAIL']);
    assert.deepEqual([at(rows, 110).sectionIndex, at(rows, 110).cells[1]], [5, 'PLAY_WARNING_DNS_FAIL']);
  });

  test('takes no row from prose or bullet lines (8, 52, 54, 94, 95)', () => {
    for (const line of [8, 52, 54, 94, 95]) assert.ok(!rows.some((r) => r.line === line), `line ${line}`);
  });
});

describe('event-list importer on crafted quirks (test/fixtures/sources/lvb-quirks.txt)', () => {
  const file = 'test/fixtures/sources/lvb-quirks.txt';
  const { rows } = importFile(file);

  test('reads code lines, negative codes and a continuation line, each under its heading ordinal', () => {
    assert.deepEqual(
      rows.map((r) => [r.line, r.sectionIndex, r.section, r.cells, r.orphan ?? false]),
      [
        [8, 1, 'Normal events', ['1001', 'PUSH_EVT_ONE', 'The first event.'], false],
        [9, 1, 'Normal events', ['1002', 'PUSH_EVT_TWO', 'The second event'], false],
        [10, 1, 'Normal events', ['', '', 'continues on the next line.'], true],
        [11, 1, 'Normal events', ['-1301', 'PUSH_ERR_NEGATIVE', 'A negative code.'], false],
        [16, 2, 'Warning events', ['3001', 'PUSH_WARNING_DNS_FAIL', 'Push side.'], false],
        [21, 3, 'Warning events', ['3001', 'PLAY_WARNING_DNS_FAIL', 'Play side, same code.'], false],
      ],
    );
  });

  test('reads CRLF line ends and a byte-order mark without shifting lines', () => {
    const text = readFileSync(join(root, file), 'utf8');
    const crlf = importLvbEventList(file, utf8('\uFEFF' + text.replace(/\n/g, '\r\n')));
    assert.deepEqual(crlf.rows.map((r) => [r.line, r.sectionIndex, r.cells]), rows.map((r) => [r.line, r.sectionIndex, r.cells]));
  });

  test('reads a code line that has a name but no text as a row with empty text', () => {
    const { rows } = importLvbEventList('bare.txt', utf8('Normal events\n\nError Code Event Description\n1001 PUSH_A\n'));
    assert.deepEqual(rows.map((r) => [r.cells, r.orphan ?? false]), [[['1001', 'PUSH_A', ''], false]]);
  });

  test('does not drop a code line that follows a blank line inside a table', () => {
    const doc = 'Normal events\n\nError Code Event Description\n1001 PUSH_A First.\n\n1002 PUSH_B Second.\n';
    let rows: RawRow[];
    try {
      rows = importLvbEventList('gap.txt', utf8(doc)).rows;
    } catch (e) {
      assert.ok(e instanceof ImportError && e.line === 6, 'or refuses it, naming line 6');
      return;
    }
    assert.deepEqual(rows.map((r) => r.cells[0]), ['1001', '1002']);
  });
});

describe('event-list importer round trip (property)', () => {
  const word = fc.stringMatching(/^[a-z][a-z]{0,8}$/);
  const row = fc.record({
    code: fc.integer({ min: -99999, max: 99999 }).map(String),
    name: fc.stringMatching(/^(PUSH|PLAY)_[A-Z]{1,6}(_[A-Z0-9]{1,6}){0,3}$/),
    text: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ') + '.'),
  });

  test('reads back code, name and text of generated event lines at their lines', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (generated) => {
        const doc = ['Normal events', '', 'Error Code Event Description', ...generated.map((r) => `${r.code} ${r.name} ${r.text}`)].join('\n');
        const { rows } = importLvbEventList('gen.txt', utf8(doc));
        assert.deepEqual(rows.map((r) => r.line), generated.map((_, i) => 4 + i));
        assert.deepEqual(rows.map((r) => r.cells), generated.map((r) => [r.code, r.name, r.text]));
      }),
      { numRuns: 150 },
    );
  });
});
