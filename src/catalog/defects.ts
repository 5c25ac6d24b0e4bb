import type { ImportRepair, RawRow } from '../importers/types.js';
import { parseLiteral } from '../notation/literal.js';
import type { Fact } from './facts.js';
import type { Role } from './manifest.js';

/** Every kind of document defect the build recognises. Each found instance needs an erratum. */
export const DEFECT_KINDS = [
  'table-delimiter-mismatch',
  'orphan-line',
  'missing-code',
  'unreadable-code',
  'name-cell-is-code',
  'merged-cells',
  'missing-cell',
  'hex-digit-count',
  'code-prefix-inconsistent',
  'hex-decimal-mismatch',
  'two-names-one-value',
  'one-name-two-values',
  'duplicate-row',
  'edition-rename',
  'edition-value-change',
  'leaked-markdown-escape',
  'sdk-value-conflict',
  'sdk-name-conflict',
  'sdk-hex-mismatch',
] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

export interface Defect {
  kind: DefectKind;
  file: string;
  line: number;
  /** What the document says, in words a reviewer can check against the line. */
  says: string;
}

const SYMBOL = /^[A-Z][A-Z0-9_]*$/;
const SYMBOL_THEN_TEXT = /^([A-Z][A-Z0-9_]*)\s+(\S.*)$/;
const INTEGER = /^-?\d+$/;
const TEXT_ROLES: Role[] = ['summary', 'description', 'action'];
export const MARKDOWN_ESCAPE = /\\[!-/:-@[-`{-~]/;

export function repairDefects(repairs: ImportRepair[]): Defect[] {
  return repairs.map((r) => ({ kind: r.kind, file: r.file, line: r.line, says: r.says }));
}

export function orphanDefect(row: RawRow): Defect {
  return { kind: 'orphan-line', file: row.file, line: row.line, says: `a line with no code or name: "${row.cells.join(' ').trim()}"` };
}

/** Defects visible in one row on its own, before any value is read. */
export function rowDefects(fact: Fact): Defect[] {
  const { cells, row, source } = fact;
  const at = (kind: DefectKind, says: string): Defect => ({ kind, file: row.file, line: row.line, says });
  const found: Defect[] = [];
  const hasCode = cells.code !== undefined;
  const name = cells.name ?? '';
  if (!hasCode && INTEGER.test(name)) {
    found.push(at('name-cell-is-code', `the "${headerOf(fact, 'name')}" column holds the value ${name}; the row has no name`));
  } else if (SYMBOL_THEN_TEXT.test(name) && !SYMBOL.test(name)) {
    found.push(at('merged-cells', `name and description run together in one cell: "${name}"`));
  } else if (cells.name !== undefined && name === '') {
    found.push(at('missing-cell', `the ${headerOf(fact, 'name')} cell is empty`));
  }
  if (hasCode) {
    const code = cells.code!;
    if (code === '') {
      found.push(at('missing-code', 'the code cell is empty'));
    } else {
      const lit = parseLiteral(code, source.codeNotation);
      if (!lit) {
        found.push(at('unreadable-code', `"${code}" is not a ${source.codeNotation} literal`));
      } else {
        if ((lit.notation === 'hex' || lit.notation === 'hex-no-prefix') && lit.digits !== 8 && lit.digits !== 16) {
          found.push(at('hex-digit-count', `${code} has ${lit.digits} hex digits (codes are 32-bit: 8 digits)`));
        }
        if (lit.notation !== source.codeNotation) {
          found.push(at('code-prefix-inconsistent', `${code} is written as ${lit.notation}; the column uses ${source.codeNotation}`));
        }
        if (cells.decimal !== undefined && cells.decimal !== '' && BigInt(INTEGER.test(cells.decimal) ? cells.decimal : '-1') !== lit.value) {
          found.push(at('hex-decimal-mismatch', `hexadecimal ${code} is ${lit.value} but the decimal column says ${cells.decimal}`));
        }
      }
    }
  }
  const merged = found.some((d) => d.kind === 'merged-cells');
  const emptyText = TEXT_ROLES.filter((r) => cells[r] === '');
  // A merged row's empty description is the merge itself, not a second defect.
  if (emptyText.length > 0 && !(merged && emptyText.length === 1)) {
    found.push(at('missing-cell', `empty ${emptyText.map((r) => headerOf(fact, r)).join(' and ')} cell`));
  }
  if (cells.decimal === '') found.push(at('missing-cell', 'empty decimal cell'));
  // Plain-text editions are copies of rendered pages: a backslash escape there is a markdown leftover.
  if (source.importer !== 'markdown-table') {
    const escaped = TEXT_ROLES.map((r) => cells[r] ?? '').find((t) => MARKDOWN_ESCAPE.test(t));
    if (escaped) found.push(at('leaked-markdown-escape', `markdown escapes in plain text: "${escaped.match(/.{0,20}\\[!-/:-@[-`{-~].{0,20}/)![0]}"`));
  }
  return found;
}

function headerOf(fact: Fact, role: Role): string {
  return fact.row.header.find((h) => fact.source.columns[h] === role) ?? role;
}

/** Defects visible only across rows of one document: duplicate values and names. */
export function documentDefects(facts: Fact[]): Defect[] {
  const found: Defect[] = [];
  const byValue = new Map<string, Fact[]>();
  const byName = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.value === null) continue;
    push(byValue, `${f.source.id}|${f.section.module}|${f.value}`, f);
    push(byName, `${f.source.id}|${f.name}`, f);
  }
  for (const group of byValue.values()) {
    const names = new Set(group.map((f) => f.name));
    for (const f of group.slice(1)) {
      const first = group[0]!;
      if (names.size > 1) {
        found.push({ kind: 'two-names-one-value', file: f.row.file, line: f.row.line, says: `${f.name} has the value of ${first.name} (line ${first.row.line})` });
      } else {
        found.push({ kind: 'duplicate-row', file: f.row.file, line: f.row.line, says: `${f.name} is listed again (first at line ${first.row.line})` });
      }
    }
  }
  for (const group of byName.values()) {
    const values = new Set(group.map((f) => f.value));
    if (values.size < 2) continue;
    for (const f of group.slice(1)) {
      if (f.value === group[0]!.value) continue;
      found.push({ kind: 'one-name-two-values', file: f.row.file, line: f.row.line, says: `${f.name} = ${f.cells.code} here but ${group[0]!.cells.code} at line ${group[0]!.row.line}` });
    }
  }
  return found;
}

/** Defects between editions of one reference: a code renamed, or a name given a new value. */
export function editionDefects(older: Fact[], newer: Fact[]): Defect[] {
  const found: Defect[] = [];
  const olderByValue = new Map(older.map((f) => [`${f.section.module}|${f.value}`, f]));
  const olderByName = new Map(older.map((f) => [f.name, f]));
  for (const f of newer) {
    const same = olderByValue.get(`${f.section.module}|${f.value}`);
    if (same && same.name !== f.name) {
      found.push({ kind: 'edition-rename', file: f.row.file, line: f.row.line, says: `${f.cells.code} is ${f.name} here but ${same.name} in ${same.source.edition} (${same.row.file}:${same.row.line})` });
    }
    const named = olderByName.get(f.name);
    if (named && named.value !== f.value) {
      found.push({ kind: 'edition-value-change', file: f.row.file, line: f.row.line, says: `${f.name} = ${f.cells.code} here but ${named.cells.code} in ${named.source.edition}` });
    }
  }
  return found;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
