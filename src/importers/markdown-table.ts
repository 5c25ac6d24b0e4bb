import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { RootContent, Table } from 'mdast';
import { decodeSource } from './text-input.js';
import { ImportError, type ImportRepair, type ImportResult, type RawRow } from './types.js';

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** Cells of a pipe-table line, split on unescaped pipes, outer pipes dropped. */
function pipeCells(line: string): string[] {
  const cells = line.trim().split(/(?<!\\)\|/);
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]!.trim() === '') cells.pop();
  return cells;
}

/**
 * GFM requires the delimiter row to have exactly as many cells as the header; the AWS v1 page
 * breaks that rule (`| Code | Message | Notes |` over `| --- | --- |`), which turns the whole table
 * into a paragraph. Rewrite such delimiter rows in memory (line count unchanged, so positions
 * stay true) and report each one, so the build can require an erratum for it.
 */
function repairDelimiterRows(file: string, lines: string[]): { text: string; repairs: ImportRepair[] } {
  const repairs: ImportRepair[] = [];
  const out = lines.slice();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const header = lines[i - 1]!;
    if (!DELIMITER_ROW.test(line) || !header.includes('|') || DELIMITER_ROW.test(header)) continue;
    const want = pipeCells(header).length;
    const have = pipeCells(line).length;
    if (want !== have) {
      out[i] = '|' + ' --- |'.repeat(want);
      repairs.push({
        kind: 'table-delimiter-mismatch',
        file,
        line: i + 1,
        says: `delimiter row has ${have} cells under a header of ${want}`,
      });
    }
  }
  return { text: out.join('\n'), repairs };
}

/** Imports every GFM table of a markdown document as raw rows under their nearest heading. */
export function importMarkdownTables(file: string, bytes: Uint8Array): ImportResult {
  const { lines } = decodeSource(file, bytes);
  const { text, repairs } = repairDelimiterRows(file, lines);
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const rows: RawRow[] = [];
  let section = '';
  let sectionIndex = -1;
  let tables = 0;
  // Depth-first in document order: a table nested in a list or blockquote is still a table.
  const visit = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        section = toString(node, { includeHtml: false }).trim();
        sectionIndex++;
      } else if (node.type === 'table') {
        tables++;
        rows.push(...tableRows(file, lines, node, section, Math.max(sectionIndex, 0)));
      } else if (node.type === 'paragraph') {
        rejectHeaderlessTable(file, lines, node);
      } else if ('children' in node) {
        visit(node.children as RootContent[]);
      }
    }
  };
  visit(tree.children);
  if (tables === 0) throw new ImportError(file, null, 'no markdown table found');
  return { rows, repairs };
}

function tableRows(file: string, lines: string[], table: Table, section: string, sectionIndex: number): RawRow[] {
  const [headerRow, ...body] = table.children;
  const header = (headerRow?.children ?? []).map((c) => toString(c).trim());
  return body.map((row) => {
    const line = row.position?.start.line ?? 0;
    const cells = row.children.map((c) => toString(c).trim());
    // Trailing empty cells (a closing pipe after a tab, say) carry nothing; extra text would be lost.
    while (cells.length > header.length && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > header.length) {
      throw new ImportError(file, line, `row has ${cells.length} cells but its table has ${header.length} columns`);
    }
    while (cells.length < header.length) cells.push('');
    return { file, line, section, sectionIndex, header, cells, raw: lines[line - 1] ?? '' };
  });
}

/** Pipe rows that never got a delimiter row parse as prose; refuse them rather than lose them. */
function rejectHeaderlessTable(file: string, lines: string[], node: RootContent): void {
  const start = node.position?.start.line ?? 0;
  const end = node.position?.end.line ?? 0;
  const block = lines.slice(start - 1, end);
  // Any pipe row outside a table (even a lone one after a blank line) would be lost silently.
  const stray = block.findIndex((l) => /^\s*(>\s*)*\|.*\|/.test(l));
  if (stray !== -1) {
    throw new ImportError(file, start + stray, 'pipe-table row outside a table (no header and delimiter row above it)');
  }
}
