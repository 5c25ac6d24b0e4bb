import { AvcodesError } from '../errors.js';

/** What every importer yields: the rows of a source document as written, with where they stand. */
export interface RawRow {
  /** Path relative to the project root, e.g. `sources/aws-kvs-producer-errors.v1.md`. */
  file: string;
  /** 1-based line where the row (its first cell) starts. */
  line: number;
  /** Text of the nearest heading above the row. */
  section: string;
  /** Ordinal of that heading in the file (0-based): documents repeat headings such as "Warning events". */
  sectionIndex: number;
  /** Column titles of the row's table; empty for line-oriented formats. */
  header: string[];
  /** Cell texts, markdown-unescaped and trimmed; empty string for an empty cell. */
  cells: string[];
  /** The source line as written (first line of a multi-line row). */
  raw: string;
  /** A line inside a table that has no code of its own (lost row or continuation). */
  orphan?: boolean;
}

/** A table-structure repair an importer had to make to read the document (recorded as a defect). */
export interface ImportRepair {
  kind: 'table-delimiter-mismatch';
  file: string;
  line: number;
  says: string;
}

export interface ImportResult {
  rows: RawRow[];
  repairs: ImportRepair[];
}

/** Bad input to an importer: always names the file and, where known, the line. */
export class ImportError extends AvcodesError {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super('import_failed', `${file}${line !== null ? `:${line}` : ''}: ${reason}`);
    this.name = 'ImportError';
  }
}
