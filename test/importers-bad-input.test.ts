import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importKvsPlainText } from '../src/importers/kvs-plain-text.js';
import { importLvbEventList } from '../src/importers/lvb-event-list.js';
import { importMarkdownTables } from '../src/importers/markdown-table.js';
import { ImportError, type ImportResult } from '../src/importers/types.js';

type Importer = (file: string, bytes: Uint8Array) => ImportResult;
const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

/** A minimal valid document of each format: the bad inputs below are built from it. */
interface Format {
  name: string;
  importer: Importer;
  file: string;
  valid: string;
  /** Code lines of a table that has no header (and, for markdown, no delimiter row). */
  headerless: string;
  /** One row of twenty cells, starting on line 6 of the document. */
  twentyCells: string;
  /** A second table that lacks its header, after a valid first table; its row is on line `secondTableLine`. */
  secondHeaderless: string;
  secondTableLine: number;
}

const twenty = Array.from({ length: 20 }, (_, i) => (i === 0 ? '0x00000001' : `cell${i}`));
const FORMATS: Format[] = [
  {
    name: 'markdown-table',
    importer: importMarkdownTables,
    file: 'sources/bad.md',
    valid: '# Codes\n\n| Code | Message |\n| --- | --- |\n| 0x00000001 | STATUS\\_A |\n',
    headerless: '# Codes\n\n| 0x00000001 | STATUS\\_A |\n| 0x00000002 | STATUS\\_B |\n',
    twentyCells: `# Codes\n\n| Code | Message |\n| --- | --- |\n| 0x00000000 | STATUS\\_OK |\n| ${twenty.join(' | ')} |\n`,
    secondHeaderless: '# Codes\n\n| Code | Message |\n| --- | --- |\n| 0x00000001 | STATUS\\_A |\n\n## More\n\n| 0x00000002 | STATUS\\_B |\n| 0x00000003 | STATUS\\_C |\n',
    secondTableLine: 9,
  },
  {
    name: 'kvs-plain-text',
    importer: importKvsPlainText,
    file: 'sources/bad.txt',
    valid: 'Errors and Status Codes Returned by the Test Library\n\nCode\nMessage\n\n0x00000001\nSTATUS_A\n\n\n',
    headerless: 'Errors and Status Codes Returned by the Test Library\n\n0x00000001\nSTATUS_A\n\n\n0x00000002\nSTATUS_B\n',
    twentyCells: `Errors and Status Codes Returned by the Test Library\n\nCode\nMessage\n\n${twenty.join('\n')}\n\n\n`,
    secondHeaderless: 'Errors and Status Codes Returned by the Test Library\n\nCode\nMessage\n\n0x00000001\nSTATUS_A\n\n\nErrors and Status Codes Returned by the Other Library\n\n0x00000002\nSTATUS_B\n\n\n',
    secondTableLine: 12,
  },
  {
    name: 'lvb-event-list',
    importer: importLvbEventList,
    file: 'sources/bad-events.txt',
    valid: 'Normal events\n\nError Code Event Description\n1001 PUSH_EVT_A Text.\n',
    headerless: 'Normal events\n\n1001 PUSH_EVT_A Text.\n1002 PUSH_EVT_B Text.\n',
    twentyCells: `Normal events\n\nEvents of the test SDK.\n\nError Code Event Description\n${['1001', 'PUSH_EVT_A', ...twenty.slice(2)].join('\t')}\n`,
    secondHeaderless: 'Normal events\n\nError Code Event Description\n1001 PUSH_EVT_A Text.\n\nWarning events\n\n1101 PUSH_WARNING_B Text.\n',
    secondTableLine: 8,
  },
];

/** Asserts an ImportError that names the file, and the line when one is given. */
function assertImportError(run: () => unknown, file: string, line: number | null, what: string): void {
  let result: unknown;
  try {
    result = run();
  } catch (e) {
    assert.ok(e instanceof ImportError, `${what}: throws ImportError, not ${String(e)}`);
    assert.equal(e.file, file, `${what}: names the file`);
    assert.ok(e.message.startsWith(line === null ? `${file}` : `${file}:${line}:`), `${what}: message "${e.message}" starts with ${file}${line === null ? '' : `:${line}`}`);
    if (line !== null) assert.equal(e.line, line, `${what}: names line ${line}`);
    return;
  }
  assert.fail(`${what}: returned ${JSON.stringify((result as ImportResult).rows?.map((r) => r.cells))} instead of throwing ImportError`);
}

const FIFTY_MB = 50 * 1024 * 1024;

for (const f of FORMATS) {
  describe(`${f.name} importer on bad input`, () => {
    test('accepts the minimal valid document the bad inputs are built from', () => {
      assert.equal(f.importer(f.file, utf8(f.valid)).rows.length, 1);
    });

    test('throws ImportError naming the file for an empty file', () => {
      assertImportError(() => f.importer(f.file, new Uint8Array(0)), f.file, null, 'empty file');
    });

    test('throws ImportError naming the file for a file of blank lines', () => {
      assertImportError(() => f.importer(f.file, utf8(' \n\t\n\n')), f.file, null, 'blank lines');
    });

    test('throws ImportError naming the file for a table without a header row', () => {
      assertImportError(() => f.importer(f.file, utf8(f.headerless)), f.file, f.name === 'markdown-table' ? 3 : null, 'headerless table');
    });

    test('throws ImportError naming file and line for a second table without a header row', () => {
      assertImportError(() => f.importer(f.file, utf8(f.secondHeaderless)), f.file, f.secondTableLine, 'second headerless table');
    });

    test('throws ImportError naming file and line for a NUL byte', () => {
      const bytes = cat(f.valid, 'trailing\n', 'bin', [0x00, 0x01, 0x02], '\n');
      const line = f.valid.split('\n').length + 1;
      assertImportError(() => f.importer(f.file, bytes), f.file, line, 'NUL byte');
    });

    test('throws ImportError naming file and line for invalid UTF-8', () => {
      for (const bad of [[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80]]) {
        const bytes = cat(f.valid, 'x', bad, '\n');
        const line = f.valid.split('\n').length;
        assertImportError(() => f.importer(f.file, bytes), f.file, line, `bytes ${bad.map((b) => b.toString(16)).join(' ')}`);
      }
    });

    test('throws ImportError naming the file for a 50 MB file', () => {
      const bytes = Buffer.alloc(FIFTY_MB, f.valid);
      assertImportError(() => f.importer(f.file, bytes), f.file, null, '50 MB file');
    });

    test('throws ImportError naming file and line for a row with 20 cells', () => {
      assertImportError(() => f.importer(f.file, utf8(f.twentyCells)), f.file, 6, '20 cells');
    });
  });
}
