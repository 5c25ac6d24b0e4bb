import { decodeSource } from './text-input.js';
import { ImportError, type ImportResult, type RawRow } from './types.js';

// The AWS v2 edition is a copy of the HTML page as text: each table cell on its own line, rows
// separated by two blank lines, an empty cell as an empty line in its place.
const HEADING = /^Errors? and Status Codes Returned by \S.*$/;
const CODE_LINE = /^(?:0[xX][0-9A-Fa-f]{8,17}|(?=[0-9A-Fa-f]*[0-9])[0-9A-Fa-f]{8,17})$/;
const HEADER_FIRST_CELL = 'Code';
const ROW_SEPARATOR_BLANKS = 2;

/** Imports the one-cell-per-line tables of the AWS KVS plain-text edition. */
export function importKvsPlainText(file: string, bytes: Uint8Array): ImportResult {
  const { lines } = decodeSource(file, bytes);
  const rows: RawRow[] = [];
  let section = '';
  let sectionIndex = -1;
  let header: string[] | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (HEADING.test(line)) {
      section = line.trim();
      sectionIndex++;
      header = null;
      i++;
    } else if (line.trim() === HEADER_FIRST_CELL && (i === 0 || lines[i - 1]!.trim() === '')) {
      header = [];
      while (i < lines.length && lines[i]!.trim() !== '') header.push(lines[i++]!.trim());
    } else if (header && CODE_LINE.test(line.trim())) {
      const start = i;
      i++;
      while (i < lines.length && !CODE_LINE.test(lines[i]!.trim()) && !HEADING.test(lines[i]!) && !isHeaderStart(lines, i)) i++;
      rows.push(rowFrom(file, lines, start, i, section, Math.max(sectionIndex, 0), header));
    } else if (!header && CODE_LINE.test(line.trim()) && section !== '') {
      throw new ImportError(file, i + 1, `code line outside any table: no "${HEADER_FIRST_CELL}" header above it in "${section}"`);
    } else {
      if (header && line.trim() !== '') {
        // Text inside a table that belongs to no code: keep it so the build can account for it.
        rows.push({ file, line: i + 1, section, sectionIndex: Math.max(sectionIndex, 0), header, cells: [line.trim()], raw: line, orphan: true });
      }
      i++;
    }
  }
  if (rows.length === 0) throw new ImportError(file, null, 'no table rows found (expected a "Code" header and 0x… code lines)');
  return { rows, repairs: [] };
}

function isHeaderStart(lines: string[], i: number): boolean {
  return lines[i]!.trim() === HEADER_FIRST_CELL && lines[i - 1]?.trim() === '';
}

function rowFrom(file: string, lines: string[], start: number, end: number, section: string, sectionIndex: number, header: string[]): RawRow {
  const span = lines.slice(start, end).map((l) => l.trim());
  let trailingBlanks = 0;
  while (trailingBlanks < span.length && span[span.length - 1 - trailingBlanks] === '') trailingBlanks++;
  const cells = span.slice(0, span.length - Math.min(trailingBlanks, ROW_SEPARATOR_BLANKS));
  while (cells.length > header.length && cells[cells.length - 1] === '') cells.pop();
  if (cells.length > header.length) {
    throw new ImportError(file, start + 1, `row has ${cells.length} cells but its table has ${header.length} columns`);
  }
  while (cells.length < header.length) cells.push('');
  return { file, line: start + 1, section, sectionIndex, header, cells, raw: lines[start]! };
}
