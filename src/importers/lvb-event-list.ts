import { decodeSource } from './text-input.js';
import { ImportError, type ImportResult, type RawRow } from './types.js';

// Tencent's LVB page as text: short headings ("Warning events"), a column line
// "Error Code Event Description", then `code NAME description` lines until a blank line.
const COLUMN_LINE = /^Error Code\s+Event\s+Description$/;
const ROW = /^(-?\d+)\s+([A-Z][A-Z0-9_]*)(?:\s+(.*))?$/;
const HEADER = ['Error Code', 'Event', 'Description'];

function isHeading(lines: string[], i: number): boolean {
  const line = lines[i]!.trim();
  return (
    line !== '' &&
    line.length <= 40 &&
    !/[.:)]$/.test(line) &&
    !line.includes(':') &&
    !ROW.test(line) &&
    !COLUMN_LINE.test(line) &&
    (i === 0 || lines[i - 1]!.trim() === '') &&
    (i + 1 >= lines.length || lines[i + 1]!.trim() === '')
  );
}

/** Imports the `code NAME description` lines of the Tencent LVB event list, keeping orphan lines. */
export function importLvbEventList(file: string, bytes: Uint8Array): ImportResult {
  const { lines } = decodeSource(file, bytes);
  const rows: RawRow[] = [];
  let section = '';
  let sectionIndex = -1;
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.trim();
    const m = ROW.exec(text);
    if (inTable && text === '') {
      inTable = false;
    } else if (COLUMN_LINE.test(text)) {
      inTable = true;
    } else if (m && !inTable) {
      // A code line after a blank line, or under a missing column line, would otherwise be lost.
      throw new ImportError(file, i + 1, 'code line outside a table (no "Error Code Event Description" line above it)');
    } else if (inTable) {
      if (line.includes('\t')) throw new ImportError(file, i + 1, 'tab-separated cells in a list of space-separated `code NAME description` lines');
      const base = { file, line: i + 1, section, sectionIndex: Math.max(sectionIndex, 0), header: HEADER, raw: line };
      rows.push(m ? { ...base, cells: [m[1]!, m[2]!, (m[3] ?? '').trim()] } : { ...base, cells: ['', '', text], orphan: true });
    } else if (isHeading(lines, i)) {
      section = text;
      sectionIndex++;
    }
  }
  if (rows.length === 0) throw new ImportError(file, null, 'no event lines found (expected an "Error Code Event Description" line)');
  return { rows, repairs: [] };
}
