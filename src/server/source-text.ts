import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

export interface SourceLine {
  number: number;
  text: string;
}

/**
 * Reads the committed source documents (`sources/…`) to show the lines around a cited line.
 * Only paths a catalog entry cites are asked for, and every path is still checked to stay inside
 * the root; files are read once and kept, as the whole set is a few hundred kilobytes.
 */
export class SourceText {
  private readonly files = new Map<string, string[] | null>();

  constructor(private readonly root: string) {}

  private lines(file: string): string[] | null {
    if (this.files.has(file)) return this.files.get(file)!;
    const full = resolve(this.root, file);
    const rel = relative(this.root, full);
    let lines: string[] | null = null;
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
      try {
        lines = readFileSync(full, 'utf8').split(/\r?\n/);
      } catch {
        lines = null;
      }
    }
    this.files.set(file, lines);
    return lines;
  }

  /** Lines `line - context … line + context` of `file` (1-based), or null when the file is not there. */
  excerpt(file: string, line: number, context: number): SourceLine[] | null {
    const lines = this.lines(file);
    if (!lines) return null;
    const first = Math.max(1, line - context);
    const last = Math.min(lines.length, line + context);
    const out: SourceLine[] = [];
    for (let n = first; n <= last; n++) out.push({ number: n, text: lines[n - 1] ?? '' });
    return out;
  }
}
