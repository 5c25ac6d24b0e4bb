import { decodeSource } from './text-input.js';
import { ImportError, type ImportResult, type RawRow } from './types.js';

/**
 * Imports a tab-separated table of SDK definitions (first line: column names). Each line is one
 * `name = value` definition with where it was read; a line with a different number of cells is
 * refused with its line number rather than read into the wrong columns.
 */
export function importDefinitionsTsv(file: string, bytes: Uint8Array): ImportResult {
  const { lines } = decodeSource(file, bytes);
  const header = lines[0]!.split('\t').map((c) => c.trim());
  if (header.length < 2 || !header.includes('name') || !header.includes('value')) {
    throw new ImportError(file, 1, 'the first line must name the columns, including "name" and "value"');
  }
  const rows: RawRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.length !== header.length) {
      throw new ImportError(file, i + 1, `row has ${cells.length} cells but the header has ${header.length} columns`);
    }
    rows.push({ file, line: i + 1, section: '', sectionIndex: 0, header, cells, raw: line });
  }
  if (rows.length === 0) throw new ImportError(file, null, 'no definitions below the header line');
  return { rows, repairs: [] };
}
